package cn.laurel.org;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class UnitTreeTests {

	private final Unit bureau = unit(1L, null, "bureau", UnitType.AUTHORITY);

	private final Unit office = unit(2L, 1L, "office", UnitType.OFFICE_SECTION);

	private final Unit squad = unit(3L, 2L, "squad", UnitType.DIRECT_SQUADRON);

	private final Unit town = unit(4L, null, "town", UnitType.TOWN);

	@Test
	void childrenFollowTheirParentWithTheirDepth() {
		UnitTree tree = new UnitTree(List.of(this.squad, this.town, this.office, this.bureau));

		assertThat(tree.nodes()).extracting(node -> node.unit().getCode(), UnitTree.UnitNode::depth)
			.containsExactly(tuple("town", 0), tuple("bureau", 0),
					tuple("office", 1), tuple("squad", 2));
	}

	@Test
	void aUnitCannotMoveUnderItselfOrAnyUnitBelowIt() {
		UnitTree tree = new UnitTree(List.of(this.bureau, this.office, this.squad, this.town));

		assertThat(tree.selfAndDescendants(1L)).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(tree.selfAndDescendants(4L)).containsExactly(4L);
	}

	@Test
	void aUnitWhoseParentIsMissingIsShownAtTheTop() {
		UnitTree tree = new UnitTree(List.of(this.office, this.squad));

		assertThat(tree.nodes()).extracting(UnitTree.UnitNode::depth).containsExactly(0, 1);
	}

	@Test
	void theTopOfAUnitsTreeIsItsFarthestKnownAncestor() {
		UnitTree tree = new UnitTree(List.of(this.bureau, this.office, this.squad, this.town));

		assertThat(tree.topOf(3L)).isEqualTo(1L);
		assertThat(tree.topOf(1L)).isEqualTo(1L);
		assertThat(tree.topOf(4L)).isEqualTo(4L);
		assertThat(new UnitTree(List.of(this.office, this.squad)).topOf(3L)).isEqualTo(2L);
	}

	@Test
	void indentationStopsAtTheDeepestStyledLevel() {
		assertThat(new UnitTree.UnitNode(this.squad, 7).indent()).isEqualTo(4);
	}

	private static Unit unit(Long id, Long parentId, String code, UnitType type) {
		return new Unit(id, 0L, parentId, code, code, type, null, 0, true);
	}

}
