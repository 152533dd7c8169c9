package cn.laurel.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormDefinition.Field;
import cn.laurel.campaign.FormDefinition.FieldType;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.ChainStep;
import cn.laurel.nomination.Endorsement;
import cn.laurel.nomination.Flag;
import cn.laurel.org.Capacity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 初审 checklist, item by item, without Spring. */
class ReviewChecklistTests {

	/** Seed 000 附件2 in brief: name, 主要事迹 of about 200 characters, 1–2 photos, a sealed scan. */
	private static final FormDefinition SEED_000 = new FormDefinition("seed000-person", "申报表",
			List.of(new Field("name", "姓名", FieldType.TEXT, true, null, null, null, null, false, null),
					new Field("deeds", "主要事迹", FieldType.TEXTAREA, true, 200, 200, null, null, false, null),
					new Field("team", "团队成员", FieldType.TABLE, false, null, null, null, List.of("姓名"), false, null),
					new Field("note", "备注", FieldType.TEXT, false, 20, null, null, null, false, null)),
			new FormDefinition.Photos(1, 2, false), true);

	private static final List<ChainStep> STATIONED_CHAIN = List.of(
			new ChainStep(1, "部门负责人意见", Capacity.DEPARTMENT_HEAD, 10, false, false, false),
			new ChainStep(2, "镇街（功能区、保护区）意见", Capacity.TOWN, 20, true, false, false),
			new ChainStep(3, "分管（联系）局领导意见", Capacity.LEADER_IN_CHARGE, 30, false, false, false));

	@Test
	void aCompleteNominationThroughItsChainTicksEveryItem() {
		List<ReviewChecklist.Item> items = ReviewChecklist.of(facts(answers("张三", "事迹"), 1, true, List.of(),
				List.of(agreed(1, null, false), agreed(2, 7L, false), agreed(3, null, false))));

		assertThat(items).extracting(ReviewChecklist.Item::check).containsExactly(ReviewCheck.values());
		assertThat(items).allMatch(ReviewChecklist.Item::ok);
	}

	@Test
	void aRequiredFieldLeftEmptyIsNamedUnderComplete() {
		ReviewChecklist.Item item = ReviewChecklist.complete(facts(answers("", "事迹"), 1, true, List.of(), List.of()));

		assertThat(item.ok()).isFalse();
		assertThat(item.reasons()).containsExactly(Violation.of("name", "review.reason.missing", "姓名"));
	}

	@Test
	void aTextOverItsWordLimitFailsWithItsCountAndTheLimit() {
		String deeds = "字".repeat(201);
		ReviewChecklist.Item item = ReviewChecklist.wordLimits(facts(answers("张三", deeds), 1, true, List.of(),
				List.of()));

		assertThat(item.ok()).isFalse();
		assertThat(item.reasons()).contains(Violation.of("deeds", "review.reason.too-long", "主要事迹", 201, 200))
			.contains(Violation.of("note", "review.reason.word-count", "备注", 0, 20));
	}

	@Test
	void photosOutsideTheFormsRangeFail() {
		assertThat(ReviewChecklist.photos(facts(answers("张三", "事迹"), 0, true, List.of(), List.of())).ok()).isFalse();
		assertThat(ReviewChecklist.photos(facts(answers("张三", "事迹"), 3, true, List.of(), List.of())).ok()).isFalse();
		assertThat(ReviewChecklist.photos(facts(answers("张三", "事迹"), 2, true, List.of(), List.of())).ok()).isTrue();
	}

	@Test
	void theSealedScanIsMissingOnlyWhereTheFormRequiresIt() {
		assertThat(ReviewChecklist.sealedScan(facts(answers("张三", "事迹"), 1, false, List.of(), List.of())).reasons())
			.containsExactly(Violation.of("sealedScan", "review.reason.scan-missing"));
		FormDefinition noScan = new FormDefinition("generic", "表", SEED_000.fields(), SEED_000.photos(), false);
		assertThat(ReviewChecklist.sealedScan(new ReviewChecklist.Facts(noScan, answers("张三", "事迹"), 1, false,
				List.of(), List.of(), List.of())).ok()).isTrue();
	}

	@Test
	void anOpenFlagFailsUntilItIsClearedInWriting() {
		Flag open = new Flag(Flag.Kind.ELIGIBILITY, EligibilityRule.Type.NO_LEADERSHIP_CADRES, null, null, null, null);
		Flag cleared = new Flag(Flag.Kind.DUPLICATE_PERSON, null, 42L, "organiser", Instant.now(), "不同类别的不同事迹");

		ReviewChecklist.Item item = ReviewChecklist.flags(facts(answers("张三", "事迹"), 1, true, List.of(open, cleared),
				List.of()));

		assertThat(item.ok()).isFalse();
		assertThat(item.reasons()).containsExactly(
				Violation.of("flags", "review.reason.flag-open", "flag-kind.ELIGIBILITY"),
				Violation.of("flags", "review.reason.flag-cleared", "flag-kind.DUPLICATE_PERSON", "不同类别的不同事迹"));
		assertThat(ReviewChecklist.flags(facts(answers("张三", "事迹"), 1, true, List.of(cleared), List.of())).ok())
			.isTrue();
	}

	@Test
	void theChainIsCompleteOnlyWhenEveryStepAgreedInThisRoundAndTheTownSealed() {
		ReviewChecklist.Item unsealed = ReviewChecklist.chain(facts(answers("张三", "事迹"), 1, true, List.of(),
				List.of(agreed(1, null, false), agreed(2, null, false), agreed(3, null, false))));
		assertThat(unsealed.ok()).isFalse();
		assertThat(unsealed.reasons()).contains(Violation.of("chain", "review.reason.step-seal-missing", "镇街（功能区、保护区）意见"));

		ReviewChecklist.Item missing = ReviewChecklist.chain(facts(answers("张三", "事迹"), 1, true, List.of(),
				List.of(agreed(1, null, false))));
		assertThat(missing.ok()).isFalse();
		assertThat(missing.reasons()).contains(Violation.of("chain", "review.reason.step-not-agreed", "镇街（功能区、保护区）意见"),
				Violation.of("chain", "review.reason.step-not-agreed", "分管（联系）局领导意见"));

		ReviewChecklist.Item electronic = ReviewChecklist.chain(facts(answers("张三", "事迹"), 1, true, List.of(),
				List.of(agreed(1, null, false), agreed(2, null, true), agreed(3, null, false))));
		assertThat(electronic.ok()).isTrue();
	}

	private static ReviewChecklist.Facts facts(Answers answers, int photos, boolean scan, List<Flag> flags,
			List<Endorsement> endorsements) {
		return new ReviewChecklist.Facts(SEED_000, answers, photos, scan, flags, STATIONED_CHAIN, endorsements);
	}

	private static Answers answers(String name, String deeds) {
		return new Answers(Map.of("name", name, "deeds", deeds), Map.of());
	}

	private static Endorsement agreed(int step, Long sealFileId, boolean electronicSeal) {
		ChainStep at = STATIONED_CHAIN.get(step - 1);
		return new Endorsement(1, step, at.title(), at.capacity(), at.endorserUnitId(), true, "同意", "签字人",
				LocalDate.of(2021, 10, 9), sealFileId, electronicSeal, 1, Instant.now());
	}

}
