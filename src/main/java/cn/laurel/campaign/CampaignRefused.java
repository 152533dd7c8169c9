package cn.laurel.campaign;

import java.util.List;

import cn.laurel.system.Refusal;

/**
 * A campaign's configuration or stage was not changed because one or more of its rules forbid it: settings that
 * break a rule (400), or a stage the campaign cannot move on to yet (409). Nothing was saved.
 */
public class CampaignRefused extends Refusal {

	public CampaignRefused(List<Violation> violations) {
		super(Kind.REJECTED, violations);
	}

	private CampaignRefused(Kind kind, List<Violation> violations) {
		super(kind, violations);
	}

	/** The campaign cannot move on yet: a precondition of the next stage does not hold. */
	public static CampaignRefused notNow(List<Violation> reasons) {
		return new CampaignRefused(Kind.NOT_NOW, reasons);
	}

	static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new CampaignRefused(violations);
		}
	}

}
