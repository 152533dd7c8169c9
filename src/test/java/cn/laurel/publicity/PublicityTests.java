package cn.laurel.publicity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.laurel.CampaignConsistency;
import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Issuer;
import cn.laurel.campaign.Issuers;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.Images;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 公示 on the 2026 calendar, objections through every outcome, the fill-in and its 二次公示, late objections. */
@LaurelIntegrationTest
@Import(PublicityFixtures.Beans.class)
class PublicityTests {

	static final LocalDate MONDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 28);

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	Publicity publicity;

	@Autowired
	ObjectionHandling desk;

	@Autowired
	NominationDriver workflow;

	@Autowired
	PublicityFixtures.SettableClock clock;

	@Autowired
	PublicityFixtures.FixedShortlist ranking;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignInvariants invariants;

	@Autowired
	MockMvc mvc;

	@Autowired
	Issuers issuers;

	NominationScenario scenario;

	long campaignId;

	Nomination first;

	Nomination second;

	Nomination reserveOtherSegment;

	Nomination reserveFitting;

	@BeforeEach
	void rankFourCandidates() {
		this.clock.reset();
		this.scenario = this.scenarios.create();
		Category category = PublicityFixtures.openCategory(this.scenario, NomineeKind.PERSON);
		this.campaignId = category.getCampaignId();
		List<Nomination> made = PublicityFixtures.candidates(this.scenario, this.workflow, category,
				List.of("王一", "李二", "张三", "赵四"));
		this.first = made.get(0);
		this.second = made.get(1);
		this.reserveOtherSegment = made.get(2);
		this.reserveFitting = made.get(3);
		this.ranking.rank(this.campaignId,
				List.of(PublicityFixtures.entry(this.first, category, 1, "王一", null),
						PublicityFixtures.entry(this.second, category, 2, "李二", null)),
				List.of(PublicityFixtures.entry(this.reserveOtherSegment, category, 3, "张三", "社会救援力量"),
						PublicityFixtures.entry(this.reserveFitting, category, 4, "赵四", null)));
		as(this.scenario.organiser, () -> this.publicity.configure(this.campaignId, true, 10));
		this.clock.set(MONDAY_BEFORE_NATIONAL_DAY);
		this.scenario.skipTo(this.campaignId, CampaignPhase.PUBLICITY);
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	Publicity.Publication publish(LocalDate startsOn) {
		return as(this.scenario.organiser, () -> this.publicity.publish(this.campaignId, startsOn));
	}

	String object(Nomination candidate) {
		return this.desk.file(this.campaignId, candidate.getId(), "陈明", "13912345678", "该同志事迹有夸大。",
				List.of());
	}

	long objectionId(String caseNumber) {
		return this.jdbc.sql("select id from objection where case_number = ?").param(caseNumber).query(Long.class)
			.single();
	}

	@Test
	void thePublicityIsPublishedOnlyInItsStageAndTheRefusalSaysSo() throws Exception {
		this.scenario.skipTo(this.campaignId, CampaignPhase.PRELIMINARY_REVIEW);
		assertThatThrownBy(() -> publish(MONDAY_BEFORE_NATIONAL_DAY)).isInstanceOfSatisfying(PublicityRefused.class,
				refused -> assertThat(refused.code()).isEqualTo("campaign.stage.not-yet-unscheduled"));
		this.mvc.perform(post("/campaigns/" + this.campaignId + "/publicity/publish")
				.with(user(this.scenario.organiser)).with(csrf())
				.param("startsOn", MONDAY_BEFORE_NATIONAL_DAY.toString()))
			.andExpect(flash().attribute("error", "发布公示属于“公示”阶段，本活动目前处于“初审”阶段，尚未到可以办理的阶段。"));

		this.scenario.skipTo(this.campaignId, CampaignPhase.DECISION);
		assertThatThrownBy(() -> publish(MONDAY_BEFORE_NATIONAL_DAY)).isInstanceOfSatisfying(PublicityRefused.class,
				refused -> assertThat(refused.code()).isEqualTo("campaign.stage.over"));
		assertThat(this.jdbc.sql("select count(*) from publicity_round where campaign_id = ?").param(this.campaignId)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void fiveWorkingDaysFromTheMondayBeforeNationalDayEndOnTheNinthOfOctober() {
		PublicityRound round = publish(MONDAY_BEFORE_NATIONAL_DAY).round();
		assertThat(round.endsOn()).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(this.publicity.remainingWorkingDays(round)).isEqualTo(5);
	}

	@Test
	void aPublicityStartingOnNationalDayCountsFromTheEighthAndTheMakeUpSaturday() {
		this.clock.set(LocalDate.of(2026, 9, 30));
		Publicity.Publication publication = publish(LocalDate.of(2026, 10, 1));
		assertThat(publication.startsOnWorkingDay()).isFalse();
		assertThat(publication.round().endsOn()).isEqualTo(LocalDate.of(2026, 10, 13));
	}

	@Test
	void thePublicPageListsCandidatesWithUnitDeedsPeriodAndCountdownButNoPersonalData() throws Exception {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		String page = this.mvc.perform(get("/public/publicity/" + this.campaignId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("王一", "李二", "单位" + this.first.getUnitId(), "扎根一线", "2026-10-09",
				"还剩 5 个工作日").doesNotContain("张三", "13800138000");
	}

	@Test
	void thePublicHomePageLinksThePublishedPublicityWhileItIsOpen() throws Exception {
		publish(MONDAY_BEFORE_NATIONAL_DAY);

		String home = this.mvc.perform(get("/public"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("href=\"/public/publicity/" + this.campaignId + "\"", "评选结果公示", "公示中");
	}

	@Test
	void theNoticePdfNamesTheCandidatesAndEmbedsItsFont() throws Exception {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		byte[] pdf = this.mvc.perform(get("/public/publicity/" + this.campaignId + "/notice.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PublicityFixtures.assertPdfNamesWithEmbeddedFonts(pdf, "王一", "李二", "二〇二六年十月九日");
	}

	@Test
	void theNoticeIsAnOfficialDocumentFromTheIssuingBodyWithTheContactForObjectionsAndWholeSentences()
			throws Exception {
		as(this.scenario.organiser, () -> this.issuers.describe(this.campaignId, new Issuer("青岛西海岸新区综合行政执法局",
				null, "西执党〔2026〕15号", "0532-86981234", "黄岛区长江中路216号305室", "请以书面形式署真实姓名反映。", false)));
		as(this.scenario.organiser, () -> this.issuers.seal(this.campaignId, "seal.png", PublicityFixtures.png()));
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		this.jdbc.sql("update publicity_entry set deed_summary = ? where nomination_id = ?")
			.params("王一扎根一线十五年。带队查处违建三百余处！此后又牵头整治背街小巷并建…", this.first.getId())
			.update();
		byte[] pdf = this.mvc.perform(get("/public/publicity/" + this.campaignId + "/notice.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String[] texts = { "青岛西海岸新区综合行政执法局", "西执党〔2026〕15号", "二〇二六年九月二十八日", "二〇二六年十月九日",
				"0532-86981234", "黄岛区长江中路216号305室", "请以书面形式署真实姓名反映。", "王一扎根一线十五年。带队查处违建三百余处！" };
		PublicityFixtures.assertPdfNamesWithEmbeddedFonts(pdf, "青岛西海岸新区综合行政执法局", "西执党〔2026〕15号");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			// the body flows over lines and pages: read it as one text, without the page numbers
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document)
				.replaceAll("— \\d+ —", "")
				.replaceAll("\\R", "");
			assertThat(text).contains(texts).doesNotContain("牵头整治", "…", "评选评选");
		}
		byte[] docx = this.mvc.perform(get("/campaigns/" + this.campaignId + "/publicity/notice.docx")
			.with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = word.getParagraphs().stream()
				.map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
				.reduce("", String::concat);
			assertThat(text).contains(texts).doesNotContain("牵头整治");
		}
	}

	@Test
	void anAnonymousObjectionIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		String page = this.mvc.perform(multipart("/public/publicity/" + this.campaignId + "/objection")
			.param("nominationId", String.valueOf(this.first.getId()))
			.param("content", "事迹不实，另有隐情。")
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("匿名异议不予受理", "事迹不实，另有隐情。");
	}

	@Test
	void anObjectionGetsACaseNumberAndTheObjectorIsEncryptedAtRest() throws Exception {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		String page = this.mvc.perform(multipart("/public/publicity/" + this.campaignId + "/objection")
			.file(new MockMultipartFile("evidence", "photo.png", "image/png", PublicityFixtures.png()))
			.param("nominationId", String.valueOf(this.first.getId()))
			.param("name", "陈明")
			.param("phone", "13912345678")
			.param("content", "事迹不实。")
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).containsPattern("GS-2026-\\d{4}");
		String stored = this.jdbc.sql("""
				select objector_name || objector_phone from objection where campaign_id = ?""")
			.param(this.campaignId).query(String.class).single();
		assertThat(stored).doesNotContain("陈明").doesNotContain("13912345678");
		Objection read = as(this.scenario.organiser, () -> this.desk.ofCampaign(this.campaignId)).get(0);
		assertThat(read.maskedName()).isEqualTo("陈*");
		assertThat(as(this.scenario.organiser, () -> this.desk.evidenceOf(this.campaignId, read.getId())))
			.extracting(Objections.Evidence::contentType).containsExactly("image/png");
	}

	@Test
	void theObjectionRegisterExportsWithTheObjectorMasked() throws Exception {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		String caseNumber = object(this.first);
		byte[] xlsx = this.mvc.perform(get("/campaigns/" + this.campaignId + "/publicity/objections.xlsx")
			.with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(caseNumber);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("王一");
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("陈*");
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("待受理");
		}
		LaurelUser stranger = this.scenario.account(Role.CLERK, this.scenario.office, null);
		this.mvc.perform(get("/campaigns/" + this.campaignId + "/publicity/objections.xlsx").with(user(stranger)))
			.andExpect(status().isForbidden());
	}

	@Test
	void evidenceThatIsNeitherAPictureNorAPdfIsRefusedByItsBytes() {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		assertThatThrownBy(() -> this.desk.file(this.campaignId, this.first.getId(), "陈明", "13912345678", "不实",
				List.of(new ObjectionHandling.Upload("scan.pdf", "not really a pdf".getBytes(StandardCharsets.UTF_8)))))
			.isInstanceOf(PublicityRefused.class)
			.hasMessage("publicity.objection.file-type");
	}

	@Test
	void theOfficeReadsEvidencePhotosWithoutTheObjectorsCameraOrPlace() {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		byte[] photo = Images.jpegWithExif(800, 600);
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", Images.CAMERA);
		String caseNumber = this.desk.file(this.campaignId, this.first.getId(), "陈明", "13912345678", "不实",
				List.of(new ObjectionHandling.Upload("现场.jpg", photo)));
		long id = objectionId(caseNumber);
		long evidenceId = as(this.scenario.organiser, () -> this.desk.evidenceOf(this.campaignId, id)).get(0).id();

		ObjectionHandling.Evidence copy = as(this.scenario.organiser,
				() -> this.desk.evidence(this.campaignId, id, evidenceId));

		assertThat(copy.contentType()).isEqualTo("image/jpeg");
		assertThat(new String(copy.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "LaurelCam");
	}

	@Test
	void anEvidencePictureOfTooManyPixelsIsRefusedBeforeItIsDecoded() {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		assertThatThrownBy(() -> this.desk.file(this.campaignId, this.first.getId(), "陈明", "13912345678", "不实",
				List.of(new ObjectionHandling.Upload("bomb.png", Images.hugePng(20000, 20000)))))
			.isInstanceOf(PublicityRefused.class)
			.hasMessage("publicity.objection.too-many-pixels");
	}

	@Test
	void aDeclinedObjectionNeedsAReasonAndIsAudited() {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		long id = objectionId(object(this.first));
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.desk.decline(this.campaignId, id, " ")))
			.isInstanceOf(PublicityRefused.class);
		Objection declined = as(this.scenario.organiser, () -> this.desk.decline(this.campaignId, id, "反映内容不属于公示对象"));
		assertThat(declined.getStatus()).isEqualTo(ObjectionStatus.DECLINED);
		assertThat(this.jdbc.sql("select action from audit_entry where subject_type = 'objection' and subject_id = ?"
				+ " order by id").param(String.valueOf(id)).query(String.class).list())
			.containsExactly("objection.filed", "objection.declined");
	}

	@Test
	void aDismissedObjectionIsInvestigatedWithinTenWorkingDaysExtendedAndLeavesTheCandidate() {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		long id = objectionId(object(this.first));
		as(this.scenario.organiser, () -> this.desk.accept(this.campaignId, id));
		Objection assigned = as(this.scenario.organiser,
				() -> this.desk.assign(this.campaignId, id, Investigator.DISCIPLINE, "纪检组", null));
		assertThat(assigned.getDeadline()).isEqualTo(LocalDate.of(2026, 10, 15));
		Objection extended = as(this.scenario.organiser,
				() -> this.desk.extend(this.campaignId, id, 5, "需调取更多材料"));
		assertThat(extended.getDeadline()).isEqualTo(LocalDate.of(2026, 10, 22));
		Objection dismissed = as(this.scenario.organiser,
				() -> this.desk.conclude(this.campaignId, id, false, "经核查，反映问题不属实。"));
		assertThat(dismissed.getStatus()).isEqualTo(ObjectionStatus.DISMISSED);
		assertThat(as(this.scenario.organiser, () -> this.workflow.read(this.first.getId())).getStatus())
			.isEqualTo(NominationStatus.CANDIDATE);
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.desk.accept(this.campaignId, id)))
			.isInstanceOf(PublicityRefused.class).hasMessage("publicity.objection.not-now");
	}

	@Test
	void anUpheldObjectionWithdrawsTheCandidateAndTheNextFittingOneFillsInForASecondPublicity() throws Exception {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		uphold(this.first);
		assertThat(as(this.scenario.organiser, () -> this.workflow.read(this.first.getId())).getStatus())
			.isEqualTo(NominationStatus.WITHDRAWN);
		assertThat(this.publicity.openMatters(this.campaignId)).extracting(v -> v.code())
			.contains("publicity.open.fill-in-pending");
		this.clock.set(LocalDate.of(2026, 10, 12));
		PublicityRound second = publish(LocalDate.of(2026, 10, 12)).round();
		assertThat(second.roundNo()).isEqualTo(2);
		assertThat(second.endsOn()).isEqualTo(LocalDate.of(2026, 10, 16));
		String page = this.mvc.perform(get("/public/publicity/" + this.campaignId))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("二次公示", "赵四").doesNotContain("王一", "张三");
		assertThat(this.publicity.finalList(this.campaignId)).extracting(ShortlistEntry::displayName)
			.containsExactly("李二", "赵四");
		CampaignConsistency.assertConsistent(this.invariants, this.scenario.organiser, this.campaignId);
	}

	@Test
	void aCandidateFromAnotherSegmentNeverFillsIn() {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		uphold(this.first);
		this.clock.set(LocalDate.of(2026, 10, 12));
		publish(LocalDate.of(2026, 10, 12));
		uphold(this.reserveFitting);
		assertThat(this.publicity.openMatters(this.campaignId)).extracting(v -> v.code())
			.doesNotContain("publicity.open.fill-in-pending");
		assertThat(this.publicity.finalList(this.campaignId)).extracting(ShortlistEntry::displayName)
			.containsExactly("李二");
		CampaignConsistency.assertConsistent(this.invariants, this.scenario.organiser, this.campaignId);
	}

	@Test
	void anObjectionAfterThePeriodEndsIsRefusedWithTheEndDate() {
		publish(MONDAY_BEFORE_NATIONAL_DAY);
		this.clock.set(LocalDate.of(2026, 10, 10));
		assertThatThrownBy(() -> object(this.first)).isInstanceOf(PublicityRefused.class)
			.satisfies(refused -> {
				assertThat(((PublicityRefused) refused).code()).isEqualTo("publicity.objection.period-over");
				assertThat(((PublicityRefused) refused).reasons().get(0).args()).containsExactly(LocalDate.of(2026, 10, 9));
			});
	}

	void uphold(Nomination candidate) {
		long id = objectionId(object(candidate));
		as(this.scenario.organiser, () -> {
			this.desk.accept(this.campaignId, id);
			this.desk.assign(this.campaignId, id, Investigator.INVESTIGATION_GROUP, "调查组", 3);
			this.desk.conclude(this.campaignId, id, true, "经调查，反映问题属实，撤销其拟表彰资格。");
		});
	}

}
