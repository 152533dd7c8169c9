package cn.laurel.nomination;

import java.util.List;

/**
 * What the clerk fills in and may revise while the nomination is theirs: the form's answers, the segment and share
 * cap it counts under in the category, the eligibility declarations, and the 公示 their unit ran before recommending.
 */
record Filing(Answers answers, String segment, boolean shareCapped, List<Declaration> declarations,
		UnitPublicity unitPublicity) {

	static final Filing EMPTY = new Filing(Answers.empty(), null, false, List.of(), UnitPublicity.NONE);

	Filing {
		segment = segment == null || segment.isBlank() ? null : segment.strip();
		declarations = List.copyOf(declarations);
		unitPublicity = unitPublicity == null ? UnitPublicity.NONE : unitPublicity;
	}

	/** The answers of a nomination that arrives filled in. */
	static Filing of(Answers answers) {
		return new Filing(answers, null, false, List.of(), UnitPublicity.NONE);
	}

}
