package cn.laurel.nomination;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignRefused;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.campaign.Violation;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.system.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.laurel.nomination.NominationScenario.as;
import static cn.laurel.nomination.SeedAnswers.ID_NUMBER;
import static cn.laurel.nomination.SeedAnswers.seed003Person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow service on PostgreSQL: drafts, files, submission, encryption at rest, duplicates, access. */
@LaurelIntegrationTest
class NominationWorkflowTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	NominationDriver workflow;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignSetup setup;

	NominationScenario scenario;

	Category category;

	@BeforeEach
	void openCampaign() {
		this.scenario = this.scenarios.create();
		this.category = this.scenario.openCategory("seed003-person", NomineeKind.PERSON, 10,
				List.of(new NominationLimit(UnitType.CITY_DEPARTMENT, 0L, 0, 1)),
				List.of(Chains.step(UnitType.CITY_DEPARTMENT, 1, Capacity.DISCIPLINE,
						EndorsementStep.EndorserUnit.OWN_UNIT, false)));
	}

	Nomination readyToSubmit(LaurelUser clerk, String idNumber) {
		return as(clerk, () -> {
			Nomination draft = this.workflow.startDraft(this.category.getId());
			this.workflow.saveDraft(draft.getId(), seed003Person(idNumber));
			this.workflow.attach(draft.getId(), FilePurpose.PHOTO, "证件照.png", Images.of("png", 350, 490));
			this.workflow.attach(draft.getId(), FilePurpose.SEALED_SCAN, "推荐表.pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			return draft;
		});
	}

	@Test
	void aUnitOfAnotherOrganisationNeitherSeesTheCampaignNorNominatesInIt() {
		Unit stranger = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.unit(UnitType.AUTHORITY, null));
		LaurelUser clerk = this.scenario.account(Role.CLERK, stranger, null);
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser member = this.scenario.account(Role.CLERK, department, null);

		assertThat(as(member, () -> this.workflow.draftingCampaigns())).extracting(Campaign::getId)
			.contains(this.category.getCampaignId());
		assertThat(as(clerk, () -> this.workflow.draftingCampaigns())).extracting(Campaign::getId)
			.doesNotContain(this.category.getCampaignId());
		assertThatThrownBy(() -> as(clerk, () -> this.workflow.startDraft(this.category.getId())))
			.isInstanceOfSatisfying(NominationRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code).containsExactly("nomination.rule.outside-scope"));
	}

	@Test
	void theOrganiserNarrowsTheScopeToChosenUnitsAndWhatIsUnderThem() {
		Unit county = this.scenario.unit(UnitType.COUNTY, this.scenario.office);
		Unit underCounty = this.scenario.unit(UnitType.CITY_DEPARTMENT, county);
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser inside = this.scenario.account(Role.CLERK, underCounty, null);
		LaurelUser leftOut = this.scenario.account(Role.CLERK, department, null);
		Nomination startedBefore = readyToSubmit(leftOut, ID_NUMBER);

		as(this.scenario.organiser, () -> this.setup.scopeNominations(this.category.getCampaignId(),
				List.of(county.getId())));

		assertThat(as(inside, () -> this.workflow.startDraft(this.category.getId())).getUnitId())
			.isEqualTo(underCounty.getId());
		assertThatThrownBy(() -> as(leftOut, () -> this.workflow.startDraft(this.category.getId())))
			.isInstanceOf(NominationRefused.class);
		List<Violation> refusals = as(leftOut,
				() -> this.workflow.submit(startedBefore.getId(), seed003Person(ID_NUMBER)));
		assertThat(refusals).extracting(Refusal.Reason::code).contains("nomination.rule.outside-scope");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'campaign.nomination-scope-changed'"
				+ " and subject_id = ?").param(String.valueOf(this.category.getCampaignId())).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aClerkDiscardsADraftStartedByMistakeButNotASubmittedNominationNorAnotherUnitsDraft() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		LaurelUser otherClerk = this.scenario.account(Role.CLERK,
				this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office), null);
		Nomination mistake = as(clerk, () -> this.workflow.startDraft(this.category.getId()));
		Nomination submitted = readyToSubmit(clerk, ID_NUMBER);
		assertThat(as(clerk, () -> this.workflow.submit(submitted.getId(), seed003Person(ID_NUMBER)))).isEmpty();

		assertThatThrownBy(() -> as(otherClerk, () -> this.workflow.discardDraft(mistake.getId())))
			.isInstanceOf(NominationNotFound.class);
		assertThatThrownBy(() -> as(clerk, () -> this.workflow.discardDraft(submitted.getId())))
			.isInstanceOf(NominationRefused.class);
		as(clerk, () -> this.workflow.discardDraft(mistake.getId()));

		assertThatThrownBy(() -> as(clerk, () -> this.workflow.read(mistake.getId())))
			.isInstanceOf(NominationNotFound.class);
		assertThat(as(clerk, () -> this.workflow.read(submitted.getId())).getStatus())
			.isEqualTo(NominationStatus.ENDORSING);
		assertThat(this.jdbc.sql("select actor from audit_entry where action = 'nomination.draft-discarded'"
				+ " and subject_id = ?").param(String.valueOf(mistake.getId())).query(String.class).list())
			.containsExactly(clerk.getUsername());
	}

	@Test
	void aCompleteNominationIsSubmittedToItsChain() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		Nomination draft = readyToSubmit(clerk, ID_NUMBER);
		List<Violation> refusals = as(clerk, () -> this.workflow.submit(draft.getId(), seed003Person(ID_NUMBER)));
		assertThat(refusals).isEmpty();
		Nomination submitted = as(clerk, () -> this.workflow.read(draft.getId()));
		assertThat(submitted.getStatus()).isEqualTo(NominationStatus.ENDORSING);
		assertThat(submitted.waitingAt()).get().extracting(ChainStep::endorserUnitId).isEqualTo(department.getId());
		assertThat(this.jdbc.sql("select count(*) from audit_entry where subject_type = 'nomination' and subject_id = ?")
			.param(String.valueOf(draft.getId())).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aNominationsHistoryIsOnlyAddedToNeverRewritten() {
		LaurelUser clerk = this.scenario.account(Role.CLERK,
				this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office), null);
		Nomination draft = readyToSubmit(clerk, ID_NUMBER);
		List<String> before = historyRowVersions(draft.getId());
		assertThat(before).isNotEmpty();

		as(clerk, () -> this.workflow.submit(draft.getId(), seed003Person(ID_NUMBER)));

		List<String> after = historyRowVersions(draft.getId());
		assertThat(after).hasSizeGreaterThan(before.size()).startsWith(before.toArray(String[]::new));
	}

	/** Each stored history row's position and the transaction that wrote it. */
	private List<String> historyRowVersions(long nominationId) {
		return this.jdbc
			.sql("select position || ':' || xmin from nomination_history where nomination_id = ? order by position")
			.param(nominationId)
			.query(String.class)
			.list();
	}

	@Test
	void personalAnswersAreEncryptedAtRest() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		Nomination draft = readyToSubmit(clerk, ID_NUMBER);
		String stored = this.jdbc.sql("select answers::text || coalesce(personal_answers, '') from nomination where id = ?")
			.param(draft.getId()).query(String.class).single();
		assertThat(stored).contains("赵红梅").doesNotContain(ID_NUMBER).doesNotContain("13903790000")
			.doesNotContain("九都路100号");
		Nomination read = as(clerk, () -> this.workflow.read(draft.getId()));
		assertThat(read.getAnswers().value("idNumber")).isEqualTo(ID_NUMBER);
	}

	@Test
	void refusedSubmissionKeepsWhatWasTyped() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		Nomination draft = readyToSubmit(clerk, ID_NUMBER);
		Drafting.Revision tooLong = seed003Person(ID_NUMBER);
		Map<String, String> values = new HashMap<>(tooLong.answers().values());
		values.put("deeds", "办".repeat(301));
		List<Violation> refusals = as(clerk, () -> this.workflow.submit(draft.getId(),
				new Drafting.Revision(new Answers(values, tooLong.answers().tables()), null, false,
						List.of())));
		assertThat(refusals).extracting(Refusal.Reason::code).containsExactly("nomination.rule.too-long");
		Nomination kept = as(clerk, () -> this.workflow.read(draft.getId()));
		assertThat(kept.getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(kept.getAnswers().value("deeds")).hasSize(301);
	}

	@Test
	void theSamePersonNominatedByTwoUnitsIsFlaggedOnBoth() {
		Unit first = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		Unit second = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser firstClerk = this.scenario.account(Role.CLERK, first, null);
		LaurelUser secondClerk = this.scenario.account(Role.CLERK, second, null);
		Nomination one = readyToSubmit(firstClerk, ID_NUMBER);
		as(firstClerk, () -> this.workflow.submit(one.getId(), seed003Person(ID_NUMBER)));
		Nomination two = readyToSubmit(secondClerk, ID_NUMBER);
		as(secondClerk, () -> this.workflow.submit(two.getId(), seed003Person(ID_NUMBER)));
		Nomination flaggedTwo = as(this.scenario.organiser, () -> this.workflow.read(two.getId()));
		Nomination flaggedOne = as(this.scenario.organiser, () -> this.workflow.read(one.getId()));
		assertThat(flaggedTwo.getFlags()).containsExactly(Flag.duplicateOf(one.getId()));
		assertThat(flaggedOne.getFlags()).containsExactly(Flag.duplicateOf(two.getId()));
	}

	@Test
	void aCityDepartmentsSecondNominationInTheCategoryIsRefused() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		Nomination one = readyToSubmit(clerk, ID_NUMBER);
		as(clerk, () -> this.workflow.submit(one.getId(), seed003Person(ID_NUMBER)));
		Nomination two = readyToSubmit(clerk, "110105194912310101");
		List<Violation> refusals = as(clerk, () -> this.workflow.submit(two.getId(), seed003Person("11010519800301002X")));
		assertThat(refusals).extracting(Refusal.Reason::code).contains("nomination.rule.category-limit");
	}

	@Test
	void anotherUnitsClerkCannotSeeOrEditTheNomination() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		Nomination draft = readyToSubmit(clerk, ID_NUMBER);
		LaurelUser stranger = this.scenario.account(Role.CLERK,
				this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office), null);
		assertThatThrownBy(() -> as(stranger, () -> this.workflow.read(draft.getId())))
			.isInstanceOf(NominationNotFound.class);
		assertThatThrownBy(() -> as(stranger, () -> this.workflow.saveDraft(draft.getId(), seed003Person(ID_NUMBER))))
			.isInstanceOf(NominationNotFound.class);
		LaurelUser otherEndorser = this.scenario.account(Role.ENDORSER, this.scenario.office, Capacity.DISCIPLINE);
		assertThatThrownBy(() -> as(otherEndorser, () -> this.workflow.read(draft.getId())))
			.isInstanceOf(NominationNotFound.class);
	}

	@Test
	void theEndorserAtTheStepSeesAndSignsIt() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		LaurelUser discipline = this.scenario.account(Role.ENDORSER, department, Capacity.DISCIPLINE);
		Nomination draft = readyToSubmit(clerk, ID_NUMBER);
		as(clerk, () -> this.workflow.submit(draft.getId(), seed003Person(ID_NUMBER)));
		assertThat(as(discipline, () -> this.workflow.waitingForMe())).extracting(NominationSummary::id)
			.containsExactly(draft.getId());
		as(discipline, () -> this.workflow.endorse(draft.getId(),
				new Nomination.Opinion(true, "未发现违纪违法问题", "孙纪委", LocalDate.now(), null, false)));
		assertThat(as(this.scenario.organiser, () -> this.workflow.read(draft.getId())).getStatus())
			.isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(as(discipline, () -> this.workflow.waitingForMe())).isEmpty();
		assertThat(as(discipline, () -> this.workflow.read(draft.getId())).getEndorsements()).hasSize(1);
	}

	@Test
	void aClerkCannotStartADraftWhileTheCampaignIsStillInPreparationAndIsToldWhenNominationsOpen() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		LocalDate opens = LocalDate.now().plusDays(3);
		Category preparing = as(this.scenario.organiser, () -> {
			Campaign campaign = this.setup.create(this.scenario.office.getId(),
					new Campaign.Basics("筹备中的评选", null, null, List.of(), null, 5));
			this.setup.schedule(campaign.getId(), List.of(new PhaseWindow(CampaignPhase.NOMINATION, opens, opens.plusDays(9)),
					new PhaseWindow(CampaignPhase.PRELIMINARY_REVIEW, opens.plusDays(10), opens.plusDays(12)),
					new PhaseWindow(CampaignPhase.DECISION, opens.plusDays(13), opens.plusDays(14)),
					new PhaseWindow(CampaignPhase.ANNOUNCEMENT, opens.plusDays(15), opens.plusDays(16))));
			return this.setup.addCategory(campaign.getId(),
					new Category.Settings("类别", NomineeKind.PERSON, 5, 0, List.of(), List.of(), null), "seed003-person");
		});

		assertThat(as(clerk, () -> this.workflow.draftingCampaigns())).extracting(Campaign::getId)
			.doesNotContain(preparing.getCampaignId());
		assertThatThrownBy(() -> as(clerk, () -> this.workflow.startDraft(preparing.getId())))
			.isInstanceOfSatisfying(NominationRefused.class, refused -> assertThat(refused.reasons())
				.containsExactly(Violation.of("stage", "campaign.stage.not-yet", "campaign-action.DRAFT",
						"phase.NOMINATION", "phase.PREPARATION", opens.toString())));
	}

	@Test
	void endorsementAndPreliminaryReviewHappenOnlyInTheirStagesAndTheCampaignLeavesThemOnlyWhenNothingWaits() {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, department, null);
		LaurelUser discipline = this.scenario.account(Role.ENDORSER, department, Capacity.DISCIPLINE);
		Nomination waiting = readyToSubmit(clerk, ID_NUMBER);
		as(clerk, () -> this.workflow.submit(waiting.getId(), seed003Person(ID_NUMBER)));
		long campaignId = this.category.getCampaignId();
		as(this.scenario.organiser, () -> this.setup.advance(campaignId, "申报提前截止"));

		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.setup.advance(campaignId, null)))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.contains(Violation.of("nominations", "nomination.guard.still-waiting", "赵红梅",
						"nomination-status.ENDORSING")));
		// with a reason on the record the organiser may leave it behind (here only the office's selection is missing)
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.setup.advance(campaignId, "纪检意见逾期未签，结转下届")))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code)
				.doesNotContain("nomination.guard.still-waiting"));

		// as if the campaign had moved on regardless: neither the endorser nor the office may act any more
		this.scenario.skipTo(campaignId, CampaignPhase.DECISION);
		assertThatThrownBy(() -> as(discipline, () -> this.workflow.endorse(waiting.getId(),
				new Nomination.Opinion(true, "同意", "孙纪委", LocalDate.now(), null, false))))
			.isInstanceOfSatisfying(NominationRefused.class, refused -> assertThat(refused.reasons())
				.containsExactly(Violation.of("stage", "campaign.stage.over", "campaign-action.ENDORSE",
						"phase.ENDORSEMENT", "phase.DECISION")));
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.workflow.pass(waiting.getId())))
			.isInstanceOfSatisfying(NominationRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code).containsExactly("campaign.stage.over"));
		assertThat(as(this.scenario.organiser, () -> this.workflow.read(waiting.getId())).getStatus())
			.isEqualTo(NominationStatus.ENDORSING);
	}

	@Test
	void quotasAndFormsAreFrozenOnceTheShortlistIsInPublicity() {
		this.scenario.skipTo(this.category.getCampaignId(), CampaignPhase.PUBLICITY);

		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.setup.configureCategory(this.category.getId(),
				new Category.Settings("类别", NomineeKind.PERSON, 12, 0, List.of(), List.of(), null))))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.containsExactly(Violation.of("stage", "campaign.stage.over", "campaign-action.CONFIGURE_SELECTION",
						"phase.PREPARATION", "phase.PUBLICITY")));
		assertThat(as(this.scenario.organiser, () -> this.setup.category(this.category.getId())).getQuota())
			.isEqualTo(10);
	}

	@Test
	void anImportedNominationWaitsAtPreliminaryReviewFromTheReceivingUnitWithItsSourceInTheHistory() {
		Unit sender = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		Answers answers = new Answers(Map.of("deeds", "扎根一线。", "unknownField", "丢弃"), Map.of());
		Nomination imported = as(this.scenario.organiser, () -> this.workflow.importNomination(this.category.getId(),
				sender.getId(), answers, "赵红梅", "县级表彰决定", List.of()));
		assertThat(imported.getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(imported.getUnitId()).isEqualTo(sender.getId());
		assertThat(imported.getAnswers().values()).containsEntry("name", "赵红梅")
			.containsEntry("deeds", "扎根一线。")
			.doesNotContainKey("unknownField");
		assertThat(imported.getHistory()).singleElement()
			.satisfies(line -> assertThat(line.action()).isEqualTo("imported"))
			.satisfies(line -> assertThat(line.reason()).isEqualTo("县级表彰决定"));
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'nomination.imported' and subject_id = ?")
			.param(String.valueOf(imported.getId())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anImportedNominationKeepsThePhotosItsFormTakesAndLeavesTheRestTo初审() {
		Unit sender = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		// this category's form takes one 2-inch portrait: the landscape photo and the non-image are passed over
		List<NominationReader.Photo> photos = List.of(
				new NominationReader.Photo("01-1.jpg", "不是图片".getBytes(StandardCharsets.UTF_8)),
				new NominationReader.Photo("01-2.jpg", Images.of("jpg", 800, 600)),
				new NominationReader.Photo("01-3.jpg", Images.of("jpg", 350, 490)),
				new NominationReader.Photo("01-4.jpg", Images.of("jpg", 350, 490)));

		Nomination imported = as(this.scenario.organiser, () -> this.workflow.importNomination(this.category.getId(),
				sender.getId(), Answers.empty(), "赵红梅", "县级表彰决定", photos));

		assertThat(as(this.scenario.organiser, () -> this.workflow.filesOf(imported.getId())))
			.singleElement()
			.satisfies(file -> assertThat(file.purpose()).isEqualTo(FilePurpose.PHOTO))
			.satisfies(file -> assertThat(file.fileName()).isEqualTo("01-3.jpg"))
			.satisfies(file -> assertThat(file.hasThumbnail()).isTrue());
	}

	@Test
	void photosLeaveForFilingAsJpegsOfAtMost2000PixelsWithoutTheOriginalsMetadata() throws Exception {
		LaurelUser clerk = this.scenario.account(Role.CLERK, this.scenario.unit(UnitType.CITY_DEPARTMENT,
				this.scenario.office), null);
		Nomination draft = as(clerk, () -> this.workflow.startDraft(this.category.getId()));
		byte[] original = withTextChunk(Images.of("png", 1500, 2500), "Location", "GPS 36.07N 120.38E");
		as(clerk, () -> this.workflow.attach(draft.getId(), FilePurpose.PHOTO, "大图.png", original));

		List<NominationReader.Photo> photos = as(clerk, () -> this.workflow.photosForFiling(draft.getId()));

		assertThat(photos).singleElement().satisfies(photo -> {
			assertThat(photo.fileName()).isEqualTo("大图.jpg");
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
			assertThat(image.getWidth()).isEqualTo(1200);
			assertThat(image.getHeight()).isEqualTo(2000);
			assertThat(photo.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
			assertThat(new String(photo.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS 36.07N");
		});
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("GPS 36.07N");
	}

	/** The PNG with a tEXt chunk (as a camera app might leave a place in it) right after its header. */
	private static byte[] withTextChunk(byte[] png, String keyword, String text) {
		byte[] data = (keyword + '\0' + text).getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(data);
		CRC32 crc = new CRC32();
		crc.update(chunk.array(), 4, 4 + data.length);
		chunk.putInt((int) crc.getValue());
		int afterHeader = 8 + 25;
		ByteBuffer out = ByteBuffer.allocate(png.length + chunk.capacity());
		out.put(png, 0, afterHeader).put(chunk.array()).put(png, afterHeader, png.length - afterHeader);
		return out.array();
	}

	@Test
	void onlyTheOrganiserOfTheReceivingCampaignImports() {
		Unit sender = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		LaurelUser clerk = this.scenario.account(Role.CLERK, sender, null);
		assertThatThrownBy(() -> as(clerk, () -> this.workflow.importNomination(this.category.getId(), sender.getId(),
				Answers.empty(), "赵红梅", "x", List.of()))).isInstanceOf(NominationNotFound.class);
	}

	@Test
	void thePublicPhotoIsTheFirstPhotosThumbnailAndNoOtherFile() {
		LaurelUser clerk = this.scenario.account(Role.CLERK, this.scenario.unit(UnitType.CITY_DEPARTMENT,
				this.scenario.office), null);
		Nomination draft = readyToSubmit(clerk, ID_NUMBER);
		assertThat(this.workflow.publicPhoto(draft.getId())).hasValueSatisfying(bytes ->
				assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xD8));
		Nomination empty = as(clerk, () -> this.workflow.startDraft(this.category.getId()));
		assertThat(this.workflow.publicPhoto(empty.getId())).isEmpty();
	}

}
