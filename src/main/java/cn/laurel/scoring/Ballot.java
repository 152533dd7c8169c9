package cn.laurel.scoring;

/** A judge's ballot on a candidate in a {@link PanelMode#BALLOT} panel. */
public enum Ballot {

	/** 同意. */
	AGREE,
	/** 不同意. */
	DISAGREE,
	/** 弃权: cast, so it counts among the ballots, but not for the candidate. */
	ABSTAIN;

	public String messageKey() {
		return "scoring.ballot." + name();
	}

}
