package cn.laurel.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.laurel.campaign.EligibilityRule;
import cn.laurel.org.Capacity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The nomination's life: the chain, 初审 and flags, each rule named as the plans state it. */
class NominationRulesTests {

	static final Instant NOW = Instant.parse("2021-10-01T02:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2021, 10, 1);

	/** Seed 000: a 派驻中队's chain is 部门负责人 → 镇街 (sealed) → 分管局领导. */
	static final List<ChainStep> SQUADRON_CHAIN = List.of(new ChainStep(1, "部门负责人意见", Capacity.DEPARTMENT_HEAD, 10, false, false, false),
			new ChainStep(2, "镇街（功能区、保护区）意见", Capacity.TOWN, 55, true, false, false),
			new ChainStep(3, "分管（联系）局领导意见", Capacity.LEADER_IN_CHARGE, 1, false, false, false));

	static Nomination submitted(List<ChainStep> chain, List<Flag> flags) {
		Nomination nomination = SubmissionPolicyTests.draft();
		nomination.submit(chain, flags, null, "clerk", NOW);
		return nomination;
	}

	static Nomination.Opinion agree() {
		return new Nomination.Opinion(true, "同意推荐", "张队长", TODAY, null, false);
	}

	static Nomination.Opinion disagree(String reason) {
		return new Nomination.Opinion(false, reason, "李书记", TODAY, null, false);
	}

	static Nomination awaitingTownSeal() {
		Nomination nomination = submitted(SQUADRON_CHAIN, List.of());
		nomination.endorse(agree(), false, 2, "head", NOW);
		return nomination;
	}

	@Test
	void aSubmittedNominationWaitsAtTheFirstStepOfItsChain() {
		Nomination nomination = submitted(SQUADRON_CHAIN, List.of());
		assertThat(nomination.getStatus()).isEqualTo(NominationStatus.ENDORSING);
		assertThat(nomination.waitingAt()).contains(SQUADRON_CHAIN.get(0));
		assertThat(nomination.isWaitingFor(10, Capacity.DEPARTMENT_HEAD)).isTrue();
		assertThat(nomination.isWaitingFor(55, Capacity.TOWN)).isFalse();
	}

	@Test
	void withoutAChainASubmittedNominationGoesStraightToPreliminaryReview() {
		assertThat(submitted(List.of(), List.of()).getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
	}

	@Test
	void aDispatchedSquadronsNominationNeedsTheTownsSeal() {
		Nomination nomination = awaitingTownSeal();
		assertThatThrownBy(() -> nomination.endorse(agree(), false, 3, "town", NOW)).isInstanceOf(NominationRefused.class)
			.hasMessage("nomination.rule.seal-required");
		nomination.endorse(new Nomination.Opinion(true, "情况属实，同意推荐", "王主任", TODAY, 99L, false), false, 3, "town", NOW);
		assertThat(nomination.waitingAt()).contains(SQUADRON_CHAIN.get(2));
		assertThat(nomination.getEndorsements().get(1).sealFileId()).isEqualTo(99L);
	}

	@Test
	void theTownMayConfirmItsElectronicSealInstead() {
		Nomination nomination = awaitingTownSeal();
		nomination.endorse(new Nomination.Opinion(true, "同意", "王主任", TODAY, null, true), false, 3, "town", NOW);
		assertThat(nomination.getEndorsements().get(1).electronicSeal()).isTrue();
	}

	@Test
	void afterTheLastAgreeingStepTheNominationAwaitsPreliminaryReview() {
		Nomination nomination = awaitingTownSeal();
		nomination.endorse(new Nomination.Opinion(true, "同意", "王主任", TODAY, null, true), false, 3, "town", NOW);
		nomination.endorse(agree(), false, 4, "leader", NOW);
		assertThat(nomination.getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(nomination.waitingAt()).isEmpty();
		assertThat(nomination.currentEndorsements()).extracting(Endorsement::stepOrder).containsExactly(1, 2, 3);
	}

	@Test
	void anEndorsersDisagreementReturnsTheNominationToTheClerkWithTheReason() {
		Nomination nomination = submitted(SQUADRON_CHAIN, List.of());
		nomination.endorse(disagree("事迹材料与实际不符，请核实后重报"), false, 2, "head", NOW);
		assertThat(nomination.getStatus()).isEqualTo(NominationStatus.RETURNED);
		assertThat(nomination.getHistory()).last()
			.satisfies(entry -> assertThat(entry.reason()).isEqualTo("事迹材料与实际不符，请核实后重报"));
		assertThat(nomination.getStatus().isEditable()).isTrue();
	}

	@Test
	void disagreeingNeedsAWrittenReason() {
		Nomination nomination = submitted(SQUADRON_CHAIN, List.of());
		assertThatThrownBy(() -> nomination.endorse(disagree(" "), false, 2, "head", NOW))
			.hasMessage("nomination.rule.disagree-needs-reason");
		assertThat(nomination.getStatus()).isEqualTo(NominationStatus.ENDORSING);
	}

	@Test
	void aDisciplineInspectionDisagreementVetoesTheNominationForGood() {
		Nomination nomination = submitted(List.of(new ChainStep(1, "纪检监察部门意见", Capacity.DISCIPLINE, 10, false, true, false)), List.of());
		nomination.endorse(disagree("存在违纪问题"), false, 2, "discipline", NOW);
		assertThat(nomination.getStatus()).isEqualTo(NominationStatus.VETOED);
		assertThat(nomination.getStatus().isEditable()).isFalse();
		assertThat(nomination.getStatus().countsAgainstLimits()).isFalse();
		assertThatThrownBy(() -> nomination.submit(List.of(), List.of(), null, "clerk", NOW))
			.isInstanceOf(NominationRefused.class);
	}

	@Test
	void aResubmittedNominationWalksTheWholeChainAgain() {
		Nomination nomination = awaitingTownSeal();
		nomination.endorse(disagree("请补充镇街意见"), false, 3, "town", NOW);
		nomination.revise(Filing.of(new Answers(Map.of("name", "王立新"), Map.of())));
		nomination.submit(SQUADRON_CHAIN, List.of(), null, "clerk", NOW);
		assertThat(nomination.getRound()).isEqualTo(2);
		assertThat(nomination.waitingAt()).contains(SQUADRON_CHAIN.get(0));
		assertThat(nomination.currentEndorsements()).isEmpty();
		assertThat(nomination.getEndorsements()).hasSize(2);
		assertThat(nomination.getHistory()).extracting(HistoryEntry::action)
			.containsExactly("created", "submitted", "endorsed", "returned-by-endorser", "resubmitted");
	}

	@Test
	void passingPreliminaryReviewMakesACandidate() {
		Nomination nomination = submitted(List.of(), List.of());
		nomination.pass("organiser", NOW);
		assertThat(nomination.getStatus()).isEqualTo(NominationStatus.CANDIDATE);
	}

	@Test
	void aFlaggedNominationCannotPassUntilTheFlagIsClearedInWriting() {
		Nomination nomination = submitted(List.of(),
				List.of(Flag.eligibility(EligibilityRule.Type.NO_LEADERSHIP_CADRES)));
		assertThatThrownBy(() -> nomination.pass("organiser", NOW)).hasMessage("nomination.rule.flags-not-cleared");
		assertThatThrownBy(() -> nomination.clearFlag(0, "", "organiser", NOW))
			.hasMessage("nomination.rule.reason-required");
		nomination.clearFlag(0, "系科级干部，非领导班子成员，经研究同意推荐", "organiser", NOW);
		assertThat(nomination.getFlags().get(0).clearance()).isEqualTo("系科级干部，非领导班子成员，经研究同意推荐");
		nomination.pass("organiser", NOW);
		assertThat(nomination.getStatus()).isEqualTo(NominationStatus.CANDIDATE);
	}

	@Test
	void returningOrRejectingAtPreliminaryReviewNeedsAReason() {
		Nomination returned = submitted(List.of(), List.of());
		assertThatThrownBy(() -> returned.returnForRevision("", "organiser", NOW))
			.hasMessage("nomination.rule.reason-required");
		returned.returnForRevision("照片不清晰，请重新上传", "organiser", NOW);
		assertThat(returned.getStatus()).isEqualTo(NominationStatus.RETURNED);
		Nomination rejected = submitted(List.of(), List.of());
		rejected.reject("不符合推荐条件", "organiser", NOW);
		assertThat(rejected.getStatus()).isEqualTo(NominationStatus.REJECTED);
		assertThat(rejected.getHistory()).last().extracting(HistoryEntry::reason).isEqualTo("不符合推荐条件");
	}

	@Test
	void onlyANominationAwaitingPreliminaryReviewCanBeDecided() {
		Nomination endorsing = submitted(SQUADRON_CHAIN, List.of());
		assertThatThrownBy(() -> endorsing.pass("organiser", NOW)).hasMessage("nomination.rule.not-now");
		Nomination draft = SubmissionPolicyTests.draft();
		assertThatThrownBy(() -> draft.endorse(agree(), false, 2, "head", NOW)).hasMessage("nomination.rule.not-now");
	}

	@Test
	void aSubmittedNominationCannotBeEditedUntilReturned() {
		Nomination nomination = submitted(SQUADRON_CHAIN, List.of());
		assertThatThrownBy(() -> nomination.revise(Filing.EMPTY))
			.hasMessage("nomination.rule.not-now");
	}

	@Test
	void aClearedFlagStaysClearedWhenTheSameNominationIsResubmitted() {
		Nomination nomination = submitted(List.of(), List.of(Flag.duplicateOf(42)));
		nomination.clearFlag(0, "系不同人员，同名", "organiser", NOW);
		nomination.returnForRevision("补充材料", "organiser", NOW);
		nomination.submit(List.of(), List.of(Flag.duplicateOf(42)), null, "clerk", NOW);
		assertThat(nomination.hasOpenFlags()).isFalse();
	}

	@Test
	void everyTransitionIsRecordedForTheAuditTrail() {
		Nomination nomination = submitted(List.of(), List.of());
		nomination.pass("organiser", NOW);
		assertThat(nomination.history().events()).extracting(NominationEvents.Changed::action)
			.containsExactly("nomination.created", "nomination.submitted", "nomination.passed");
		assertThat(nomination.history().events()).last().satisfies(event -> {
			assertThat(event.from()).isEqualTo(NominationStatus.IN_REVIEW);
			assertThat(event.to()).isEqualTo(NominationStatus.CANDIDATE);
		});
	}

	@Test
	void theSamePersonIsRecognisedByIdNumberOrByNameBirthMonthAndUnit() {
		Answers byId = new Answers(Map.of("name", "王立新", "idNumber", "11010519491231002x"), Map.of());
		assertThat(PersonKeys.of(AnswerRulesTests.SEED003_PERSON, byId, 10)).contains("id:11010519491231002X");
		Answers byName = new Answers(Map.of("name", "王 立新", "birthMonth", "1985.07"), Map.of());
		assertThat(PersonKeys.of(AnswerRulesTests.SEED000_PERSON, byName, 10)).contains("person:王立新|1985.07|10");
		assertThat(PersonKeys.of(AnswerRulesTests.SEED000_DEED, new Answers(Map.of("deedTitle", "实事"), Map.of()), 10))
			.isEmpty();
	}

}
