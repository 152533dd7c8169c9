package cn.laurel.nomination;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.laurel.org.Capacity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists of nominations are asked for by what they hold, and each part becomes a fixed clause and a parameter. */
class NominationQueryTests {

	@Test
	void aCampaignsCandidatesAreItsNominationsInTheGivenStatuses() {
		NominationQuery query = NominationQuery.ofCampaign(7).in(Set.of(NominationStatus.CANDIDATE));
		assertThat(query.where()).isEqualTo("n.campaign_id = :campaign and n.status in (:statuses)");
		assertThat(query.parameters()).isEqualTo(Map.of("campaign", 7L, "statuses", List.of("CANDIDATE")));
	}

	@Test
	void anEndorsersDeskHoldsWhatIsBeingEndorsedAtTheirUnitsStepForTheirCapacity() {
		NominationQuery query = NominationQuery.waitingAt(12, Capacity.DEPARTMENT_HEAD);
		assertThat(query.where()).isEqualTo("n.waiting_unit_id = :waitingUnit and n.waiting_capacity = "
				+ ":waitingCapacity and n.status in (:statuses)");
		assertThat(query.parameters()).isEqualTo(Map.of("waitingUnit", 12L, "waitingCapacity", "DEPARTMENT_HEAD",
				"statuses", List.of("ENDORSING")));
	}

	@Test
	void aUnitsListIsNarrowedByNothingElse() {
		NominationQuery query = NominationQuery.ofUnit(3);
		assertThat(query.where()).isEqualTo("n.unit_id = :unit");
		assertThat(query.parameters()).isEqualTo(Map.of("unit", 3L));
	}

}
