package cn.laurel.nomination;

import cn.laurel.system.Refusal;

/** No such nomination, or none the current user may see: both look the same from outside. */
public class NominationNotFound extends Refusal {

	public NominationNotFound(long id) {
		super(Kind.NOT_FOUND, null, "refusal.not-found", id);
	}

}
