package cn.laurel.org;

import cn.laurel.system.Refusal;

/** A unit or account id in a URL names nothing; pages answer with the 404 page, the API with a 404 problem. */
public class OrgNotFound extends Refusal {

	OrgNotFound(String kind, Long id) {
		super(Kind.NOT_FOUND, null, "refusal.not-found", kind, id);
	}

}
