package cn.laurel.scoring;

import java.math.BigDecimal;

import cn.laurel.scoring.Shortlists.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who fills in for a candidate withdrawn after an upheld objection (二次公示). */
class PublicityShortlistTests {

	static final long CATEGORY = 1;

	static Entry entry(long id, Outcome outcome, String segment, long unitId) {
		return new Entry(CATEGORY, id, (int) id, BigDecimal.valueOf(100 - id), outcome, segment, unitId, "候选人" + id);
	}

	@Test
	void theNextRankedLeftOutForTheQuotaFillsIn() {
		Entry withdrawn = entry(1, Outcome.SELECTED, null, 10);
		assertThat(PublicityShortlist.fillsIn(withdrawn, entry(5, Outcome.QUOTA_FULL, null, 11))).isTrue();
		assertThat(PublicityShortlist.fillsIn(withdrawn, entry(2, Outcome.SELECTED, null, 11))).isFalse();
		assertThat(PublicityShortlist.fillsIn(withdrawn, entry(6, Outcome.TIE_PENDING, null, 11))).isFalse();
	}

	@Test
	void aFillInComesFromTheWithdrawnCandidatesSegment() {
		Entry withdrawn = entry(1, Outcome.SELECTED, "专业和社会应急救援力量", 10);
		assertThat(PublicityShortlist.fillsIn(withdrawn, entry(5, Outcome.QUOTA_FULL, "应急管理系统干部职工", 11)))
			.isFalse();
		assertThat(PublicityShortlist.fillsIn(withdrawn, entry(6, Outcome.SEGMENT_FULL, "专业和社会应急救援力量", 11)))
			.isTrue();
	}

	@Test
	void aCandidateLeftOutByAFullAllocationFillsInOnlyForItsOwnRegion() {
		Entry withdrawn = entry(1, Outcome.SELECTED, null, 10);
		assertThat(PublicityShortlist.fillsIn(withdrawn, entry(5, Outcome.ALLOCATION_FULL, null, 11))).isFalse();
		assertThat(PublicityShortlist.fillsIn(withdrawn, entry(6, Outcome.ALLOCATION_FULL, null, 10))).isTrue();
	}

	@Test
	void aFillInComesFromTheSameCategory() {
		Entry withdrawn = entry(1, Outcome.SELECTED, null, 10);
		Entry otherCategory = new Entry(2, 5, 5, BigDecimal.TEN, Outcome.QUOTA_FULL, null, 11, "候选人");
		assertThat(PublicityShortlist.fillsIn(withdrawn, otherCategory)).isFalse();
	}

}
