package cn.laurel.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.laurel.publicity.ShortlistEntry;

/**
 * The decision (审定) fixing a campaign's honour list: the deciding body (局党组会, 镇党委, 厅) and date, how it decided
 * (at its meeting, or by a ballot whose figures are kept), the name of the document, and the honourees it confirmed
 * (the publicised candidates not withdrawn, fill-ins included).
 *
 * @param ballot the figures of a decision by ballot; {@code null} for a meeting's decision
 */
public record Decision(long campaignId, DecisionWording wording, String decidingBody, DecisionMethod method,
		Ballot ballot, LocalDate decidedOn, String documentNumber, List<ShortlistEntry> honourees) {

	public Decision {
		honourees = List.copyOf(honourees);
	}

	/** The honourees grouped by category, in the list's order. */
	public Map<String, List<ShortlistEntry>> byCategory() {
		Map<String, List<ShortlistEntry>> grouped = new LinkedHashMap<>();
		this.honourees.forEach(h -> grouped.computeIfAbsent(h.categoryName(), name -> new ArrayList<>()).add(h));
		return grouped;
	}

}
