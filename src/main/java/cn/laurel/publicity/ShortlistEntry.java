package cn.laurel.publicity;

import cn.laurel.campaign.NomineeKind;

/**
 * A shortlisted candidate as the public may read it: no personal data beyond the name, the unit and a
 * summary of the deeds.
 *
 * @param rank the candidate's place in its category's ranking, from 1
 * @param segment the quota segment it counts against (seed 002), or {@code null}
 */
public record ShortlistEntry(long nominationId, long categoryId, String categoryName, int categoryOrder, int rank,
		String displayName, String unitName, String deedSummary, String segment, NomineeKind kind) {
}
