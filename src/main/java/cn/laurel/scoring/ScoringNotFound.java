package cn.laurel.scoring;

import cn.laurel.system.Refusal;

/**
 * No such panel, candidate or invitation, or none the current user may see: a judge asking for a
 * candidate they are recused from, or for another panel's, learns no more than that it is not there.
 */
public class ScoringNotFound extends Refusal {

	public ScoringNotFound(String what, Object id) {
		super(Kind.NOT_FOUND, null, "refusal.not-found", what, id);
	}

}
