package cn.laurel.voting;

import java.util.List;

/**
 * What the public may see of a candidate: a name or title, the nominating unit and the short deed
 * text. Deliberately no field for ID numbers, phones or addresses, so none can reach a public page.
 *
 * @param categoryOrder position of the category on the pages
 * @param displayName a person's name or the title of a deed
 * @param summary the start of the deed text (主要事迹), for cards in a list
 * @param deeds the whole deed text, for the candidate's own page; both shown as plain text
 * @param criteria the category's 评选标准, one paragraph each, shown as plain text on the candidate's own page
 */
public record PublicCandidate(long id, long campaignId, long categoryId, String categoryName, int categoryOrder,
		String displayName, String unitName, String summary, String deeds, List<String> criteria) {

	public PublicCandidate {
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

}
