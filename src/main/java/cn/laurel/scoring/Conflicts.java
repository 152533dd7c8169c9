package cn.laurel.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.laurel.nomination.Candidates;

/**
 * Works out who is recused from whom: automatically, each judge from the candidates of their own unit
 * (and, as the panel says, of the units directly above and below it, or of every unit above and
 * below it), and from those they declared.
 * Automatic recusals follow the units as they are now, so they are computed rather than stored.
 */
final class Conflicts {

	private Conflicts() {
	}

	/**
	 * Every recusal on the panels, automatic ones first.
	 *
	 * @param parents every unit's parent
	 */
	static List<Recusal> of(List<Panel> panels, Map<Long, List<Member>> members,
			List<Candidates.Candidate> candidates, List<Declaration> declarations, Map<Long, Long> parents) {
		List<Recusal> recusals = new ArrayList<>();
		Set<String> automatic = new HashSet<>();
		for (Panel panel : panels) {
			for (Member member : members.getOrDefault(panel.id(), List.of())) {
				for (Candidates.Candidate candidate : candidates) {
					if (!panel.judges(candidate.categoryId(), candidate.id())) {
						continue;
					}
					UnitRelation.recusing(panel.settings().recusalScope(), member.unitId(), candidate.unitId(), parents)
						.ifPresent(relation -> {
							recusals.add(new Recusal(panel.id(), member.accountId(), candidate.id(),
									RecusalReason.SAME_UNIT, relation, null, null, null));
							automatic.add(key(panel.id(), member.accountId(), candidate.id()));
						});
				}
			}
		}
		for (Declaration declared : declarations) {
			if (!automatic.contains(key(declared.panelId(), declared.judgeId(), declared.candidateId()))) {
				recusals.add(new Recusal(declared.panelId(), declared.judgeId(), declared.candidateId(),
						declared.reason(), null, declared.note(), declared.declaredBy(), declared.declaredAt()));
			}
		}
		return recusals;
	}

	private static String key(long panelId, long judgeId, long candidateId) {
		return panelId + "/" + judgeId + "/" + candidateId;
	}

}
