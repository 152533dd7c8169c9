package cn.laurel.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.laurel.org.UnitTree;

/**
 * The units that may nominate in a campaign (参评范围): each unit the organiser chose, with everything under
 * it. When none is chosen, the organiser's whole organisation: everything under the top of the tree the
 * leading-group office sits in (a 局's 科室 and 中队 when the office is its 党建办), and nothing of another
 * organisation sharing the installation.
 */
public final class NominatingScope {

	private final Set<Long> unitIds = new HashSet<>();

	private NominatingScope(List<Long> roots, UnitTree tree) {
		roots.forEach(root -> this.unitIds.addAll(tree.selfAndDescendants(root)));
	}

	public static NominatingScope of(Campaign campaign, UnitTree tree) {
		List<Long> chosen = campaign.getScopeUnitIds();
		return new NominatingScope(chosen.isEmpty() ? List.of(tree.topOf(campaign.getOrganiserUnitId())) : chosen,
				tree);
	}

	public boolean includes(Long unitId) {
		return this.unitIds.contains(unitId);
	}

}
