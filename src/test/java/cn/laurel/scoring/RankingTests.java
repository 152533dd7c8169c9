package cn.laurel.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.CampaignFixtures;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking by composite and tie-breaks, filled within the quota, its segments and its allocations. */
class RankingTests {

	static final String STAFF = "系统干部职工";

	static final String RESCUE = "社会救援力量";

	static final long HANGZHOU = 100;

	static final long XIHU = 101;

	static final long NINGBO = 200;

	static final long WENZHOU = 300;

	static final long HUZHOU = 400;

	@Test
	void seed002FillsFifteenStaffAndFiveRescuePlacesWithinEachCitysAllocation() {
		// Seed 002: 20 places, 15 系统干部职工 + 5 社会救援力量; allocations (附件1) per city as caps:
		// 杭州 3 and 宁波 2 of the staff places, 温州 2 places of either segment. The configuration passes
		// the campaign's own rules.
		Category category = CampaignFixtures.category(1, 1,
				new Category.Settings("第三届“最美应急人”", NomineeKind.PERSON, 20, 0,
						List.of(new Segment(STAFF, 15), new Segment(RESCUE, 5)),
						List.of(new Allocation(HANGZHOU, STAFF, 3), new Allocation(NINGBO, STAFF, 2),
								new Allocation(WENZHOU, null, 2)),
						null),
				List.of());
		List<Ranking.Entrant> entrants = new ArrayList<>();
		entrants.add(entrant(1, STAFF, 9800, HANGZHOU));
		entrants.add(entrant(2, STAFF, 9700, XIHU, HANGZHOU)); // 西湖区 lies in 杭州 and counts against it
		entrants.add(entrant(3, STAFF, 9600, HANGZHOU));
		entrants.add(entrant(4, STAFF, 9500, HANGZHOU)); // 杭州's fourth: its 3 are taken
		entrants.add(entrant(5, STAFF, 9400, NINGBO));
		entrants.add(entrant(6, STAFF, 9300, NINGBO));
		entrants.add(entrant(7, STAFF, 9200, NINGBO)); // 宁波's third: its 2 are taken
		entrants.add(entrant(8, STAFF, 9100, WENZHOU));
		for (int i = 9; i <= 20; i++) {
			entrants.add(entrant(i, STAFF, 9000 - (i - 9) * 100L, HUZHOU)); // 90.00 down to 79.00
		}
		entrants.add(entrant(21, RESCUE, 9050, WENZHOU));
		entrants.add(entrant(22, RESCUE, 8950, WENZHOU)); // 温州's third, across segments
		entrants.add(entrant(23, RESCUE, 8850, HUZHOU));
		entrants.add(entrant(24, RESCUE, 8750, HUZHOU));
		entrants.add(entrant(25, RESCUE, 8650, HUZHOU));
		entrants.add(entrant(26, RESCUE, 8550, HUZHOU));
		entrants.add(entrant(27, RESCUE, 8450, HUZHOU)); // the sixth rescue candidate: the 5 are taken

		List<Ranking.Placement> placements = Ranking.rank(
				new Ranking.Places(category.getQuota(), category.getSegments(), category.getAllocations()), entrants,
				List.of());

		assertThat(selected(placements)).containsExactly(1L, 2L, 3L, 5L, 6L, 8L, 21L, 9L, 10L, 23L, 11L, 24L, 12L,
				25L, 13L, 26L, 14L, 15L, 16L, 17L);
		assertThat(placement(placements, 4)).extracting(Ranking.Placement::outcome, Ranking.Placement::reason)
			.containsExactly(Outcome.ALLOCATION_FULL, HANGZHOU);
		assertThat(placement(placements, 7)).extracting(Ranking.Placement::outcome, Ranking.Placement::reason)
			.containsExactly(Outcome.ALLOCATION_FULL, NINGBO);
		assertThat(placement(placements, 22)).extracting(Ranking.Placement::outcome, Ranking.Placement::reason)
			.containsExactly(Outcome.ALLOCATION_FULL, WENZHOU);
		// 84.50 ranks above staff candidates who are in (84.00 and below), but the 5 rescue places are taken.
		assertThat(placement(placements, 27)).extracting(Ranking.Placement::outcome, Ranking.Placement::reason)
			.containsExactly(Outcome.SEGMENT_FULL, RESCUE);
		// 15 staff places: 1, 2, 3, 5, 6, 8 and 9 to 17; by 18 (81.00) all 20 places are taken.
		assertThat(placement(placements, 18).outcome()).isEqualTo(Outcome.QUOTA_FULL);
		assertThat(placement(placements, 20).outcome()).isEqualTo(Outcome.QUOTA_FULL);
		assertThat(selected(placements)).hasSize(20);
	}

	@Test
	void aCandidateWithoutOneOfTheCategorysSegmentsIsNotSelected() {
		List<Ranking.Placement> placements = Ranking.rank(
				new Ranking.Places(2, List.of(new Segment(STAFF, 1), new Segment(RESCUE, 1)), List.of()),
				List.of(entrant(1, null, 9000, HUZHOU), entrant(2, STAFF, 8000, HUZHOU)), List.of());

		assertThat(placement(placements, 1).outcome()).isEqualTo(Outcome.SEGMENT_UNKNOWN);
		assertThat(placement(placements, 2).outcome()).isEqualTo(Outcome.SELECTED);
	}

	@Test
	void aTieForTheLastPlaceIsLeftForTheLeadingGroupAndItsPlaceStaysReserved() {
		List<Ranking.Placement> placements = Ranking.rank(places(2),
				List.of(entrant(1, null, 9000), entrant(2, null, 8500), entrant(3, null, 8500), entrant(4, null, 8000)),
				List.of());

		assertThat(placement(placements, 1).outcome()).isEqualTo(Outcome.SELECTED);
		assertThat(placement(placements, 2)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank,
				Ranking.Placement::tiedWith).containsExactly(Outcome.TIE_PENDING, 2, List.of(3L));
		assertThat(placement(placements, 3)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank)
			.containsExactly(Outcome.TIE_PENDING, 2);
		assertThat(placement(placements, 4)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank)
			.containsExactly(Outcome.QUOTA_FULL, 4);
	}

	@Test
	void theLeadingGroupsDecisionOrdersTheTiedCandidates() {
		List<Ranking.Placement> placements = Ranking.rank(places(2),
				List.of(entrant(1, null, 9000), entrant(2, null, 8500), entrant(3, null, 8500)),
				List.of(List.of(3L, 2L)));

		assertThat(placement(placements, 3)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank,
				Ranking.Placement::decided).containsExactly(Outcome.SELECTED, 2, true);
		assertThat(placement(placements, 2)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank,
				Ranking.Placement::decided).containsExactly(Outcome.QUOTA_FULL, 3, true);
	}

	@Test
	void aDecisionAboutOtherCandidatesThanThoseNowTiedDoesNotBreakTheTie() {
		List<Ranking.Placement> placements = Ranking.rank(places(2),
				List.of(entrant(1, null, 9000), entrant(2, null, 8500), entrant(3, null, 8500), entrant(4, null, 8500)),
				List.of(List.of(3L, 2L)));

		assertThat(placements).filteredOn(p -> p.outcome() == Outcome.TIE_PENDING).hasSize(3);
	}

	@Test
	void tieBreaksAreComparedInTurnBeforeATieIsDeclared() {
		// Equal composites 85.00; the first tie-break (the panel's points) is equal too, the second
		// (votes) is not: 1,200 votes go before 900.
		List<Ranking.Placement> placements = Ranking.rank(places(1),
				List.of(new Ranking.Entrant(1, null, Set.of(), 8500, new long[] { 8800, 900 }),
						new Ranking.Entrant(2, null, Set.of(), 8500, new long[] { 8800, 1200 })),
				List.of());

		assertThat(placement(placements, 2)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank,
				Ranking.Placement::tiedWith).containsExactly(Outcome.SELECTED, 1, List.of());
		assertThat(placement(placements, 1)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank)
			.containsExactly(Outcome.QUOTA_FULL, 2);
	}

	@Test
	void aTieWhoseCandidatesAllFitSharesItsRankAndNeedsNoDecision() {
		List<Ranking.Placement> placements = Ranking.rank(places(3),
				List.of(entrant(1, null, 9000), entrant(2, null, 8500), entrant(3, null, 8500), entrant(4, null, 8000)),
				List.of());

		assertThat(placement(placements, 2)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank,
				Ranking.Placement::tiedWith).containsExactly(Outcome.SELECTED, 2, List.of(3L));
		assertThat(placement(placements, 3)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank)
			.containsExactly(Outcome.SELECTED, 2);
		assertThat(placement(placements, 4)).extracting(Ranking.Placement::outcome, Ranking.Placement::rank)
			.containsExactly(Outcome.QUOTA_FULL, 4);
	}

	@Test
	void aTieEntirelyBelowTheCutNeedsNoDecisionEither() {
		List<Ranking.Placement> placements = Ranking.rank(places(1),
				List.of(entrant(1, null, 9000), entrant(2, null, 8500), entrant(3, null, 8500)), List.of());

		assertThat(placements).filteredOn(p -> p.outcome() == Outcome.TIE_PENDING).isEmpty();
		assertThat(placement(placements, 3).outcome()).isEqualTo(Outcome.QUOTA_FULL);
	}

	private static Ranking.Places places(int quota) {
		return new Ranking.Places(quota, List.of(), List.of());
	}

	private static Ranking.Entrant entrant(long id, String segment, long composite, Long... units) {
		return new Ranking.Entrant(id, segment, Set.of(units), composite, new long[0]);
	}

	private static List<Long> selected(List<Ranking.Placement> placements) {
		return placements.stream().filter(p -> p.outcome().isSelected()).map(Ranking.Placement::id).toList();
	}

	private static Ranking.Placement placement(List<Ranking.Placement> placements, long id) {
		return placements.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

}
