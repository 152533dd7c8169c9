package cn.laurel.nomination;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Segment;
import cn.laurel.campaign.ShareCap;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.hamcrest.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.ClerkPages.shows;
import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clerk's nomination pages end to end on PostgreSQL: seed 003's person form filled, uploaded
 * and submitted, and each kind of bad input of issue 3 refused with a clear message and nothing
 * typed or uploaded lost.
 */
@LaurelIntegrationTest
class NominationPagesTests {

	/** Seed 003 附件3 filled in, with a résumé running month to month, its last period 至今. */
	private static final Answers PERSON = SeedAnswers.seed003Person(SeedAnswers.ID_NUMBER)
		.answers();

	private static final Pattern FILE_ID = Pattern.compile("/nominations/\\d+/files/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	NominationDriver workflow;

	@Autowired
	CampaignSetup setup;

	@Autowired
	Clock clock;

	NominationScenario scenario;

	LaurelUser clerk;

	ClerkPages pages;

	@BeforeEach
	void setUp() {
		this.scenario = this.beans.createBean(NominationScenario.class);
		this.clerk = this.scenario.account(Role.CLERK, this.scenario.unit(UnitType.COUNTY, this.scenario.office), null);
		this.pages = new ClerkPages(this.mvc, this.clerk);
	}

	@Test
	void aDraftIsDeletedAfterTheClerkConfirms() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());

		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(content().string(containsString("data-confirm=\"确定删除这份草稿吗？")));
		this.mvc.perform(post("/nominations/" + id + "/discard").with(user(this.clerk)).with(csrf()))
			.andExpect(redirectedUrl("/nominations"))
			.andExpect(flash().attribute("message", "nomination.pages.discarded"));
		this.mvc.perform(get("/nominations").with(user(this.clerk)))
			.andExpect(content().string(not(containsString("/nominations/" + id + "\""))));
	}

	@Test
	void theHistoryNamesPeopleByTheirDisplayNameNotTheirLogin() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());

		Document page = Jsoup.parse(this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element history = page.selectFirst("h3:containsOwn(办理记录) + div table tbody");
		assertThat(history.select("tr > td:eq(1)").eachText()).isNotEmpty()
			.containsOnly(this.clerk.displayName())
			.doesNotContain(this.clerk.getUsername());
	}

	@Test
	void aClerkFillsSeed003sPersonFormWithAContinuousResumeUploadsThePortraitAndTheScanAndSubmits() throws Exception {
		Category category = open("seed003-person", List.of(
				new EligibilityRule(EligibilityRule.Type.NOT_ALREADY_HONOURED, EligibilityRule.Mode.BLOCK, null, null,
						"省“三个100”"),
				new EligibilityRule(EligibilityRule.Type.NO_DISCIPLINARY_RECORD, EligibilityRule.Mode.BLOCK, null, null,
						null)),
				today().minusDays(1), today().plusDays(10));

		this.mvc.perform(get("/nominations").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("填写“" + category.getName() + "”推荐表（个人）")));
		long id = this.pages.startDraft(category.getId());

		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("data-max-chars=\"300\"", "name=\"answers.resume.0\"",
					"data-row-add=\"resume\"", "2 寸证件照", "请上传近期 2 寸免冠蓝底彩色照片", "须上传 1–1 张，已上传 0 张。",
					"签字盖章扫描件", "已获所列称号的不再重复参评", "省“三个100”",
					"name=\"declarations.NO_DISCIPLINARY_RECORD.meets\"")));

		String panel = this.mvc
			.perform(this.pages.upload(id, "PHOTO", "证件照.png", Images.of("png", 350, 490)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nomination-files\"")))
			.andExpect(content().string(containsString("须上传 1–1 张，已上传 1 张。")))
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long photo = Long.parseLong(FILE_ID.matcher(panel).results().findFirst().orElseThrow().group(1));
		this.mvc.perform(this.pages.upload(id, "SEALED_SCAN", "推荐表盖章.pdf", ClerkPages.PDF))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("message", "nomination.pages.file.uploaded"));

		this.mvc.perform(this.pages.form("/nominations/" + id + "/submit", PERSON)
				.param("declarations.NOT_ALREADY_HONOURED.meets", "true")
				.param("declarations.NO_DISCIPLINARY_RECORD.meets", "true"))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("message", "nomination.pages.submitted"));

		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("待初审", "洛阳市民政局科员、科长", "至今", SeedAnswers.ID_NUMBER,
					"推荐表盖章.pdf")))
			.andExpect(content().string(not(containsString("id=\"nomination-form\""))));
		this.mvc.perform(get("/nominations").with(user(this.clerk)))
			.andExpect(content().string(containsString("赵红梅")))
			.andExpect(content().string(containsString("待初审")));
		this.mvc.perform(get("/nominations/" + id + "/files/" + photo).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''" + URLEncoder.encode("证件照.png", StandardCharsets.UTF_8))));
		this.mvc.perform(get("/nominations/" + id + "/files/" + photo).param("thumbnail", "").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"));
	}

	@Test
	void anOverLongMainDeedIsRefusedWithItsCountAndEverythingTypedIsKept() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());
		String deeds = "为群众办实事".repeat(51);

		this.mvc.perform(this.pages.form("/nominations/" + id + "/submit", with(PERSON, "deeds", deeds)))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("“主要事迹”共306字，超过300字的上限，请删减后再提交（内容已保存）。",
					">" + deeds + "</textarea>", "value=\"赵红梅\"", "value=\"郑州大学学习\"", "id=\"nomination-refusals\"")));
		assertThat(saved(id).getAnswers().value("deeds")).isEqualTo(deeds);
	}

	@Test
	void aMissingRequiredFieldIsRefusedByNameAndEverythingElseTypedIsKept() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());

		this.mvc.perform(this.pages.form("/nominations/" + id + "/submit", with(PERSON, "name", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("“姓名”为必填项。", "value=\"汉族\"", "value=\"13903790000\"",
					">" + PERSON.value("deeds") + "</textarea>", "value=\"洛阳市民政局科员、科长\"")));
	}

	@Test
	void aTextFileNamedJpgIsRefusedAsAPhotoAndTheSavedDraftIsUntouched() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());
		this.mvc.perform(this.pages.form("/nominations/" + id, PERSON))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("message", "nomination.pages.saved"));
		byte[] text = "这不是一张照片".getBytes(StandardCharsets.UTF_8);
		String refusal = "文件“photo.jpg”的类型不符合要求（照片）";

		this.mvc.perform(this.pages.upload(id, "PHOTO", "photo.jpg", text).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refusal)))
			.andExpect(content().string(containsString("已上传 0 张")));
		this.mvc.perform(this.pages.upload(id, "PHOTO", "photo.jpg", text))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("error", containsString(refusal)));
		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(content().string(containsString("value=\"赵红梅\"")))
			.andExpect(content().string(containsString(">" + PERSON.value("deeds") + "</textarea>")));
		assertThat(as(this.clerk, () -> this.workflow.filesOf(id))).isEmpty();
	}

	@Test
	void aPhotoOverTheSizeLimitIsRefusedAndTheFilesAlreadyUploadedStay() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());
		this.mvc.perform(this.pages.upload(id, "SEALED_SCAN", "盖章扫描件.pdf", ClerkPages.PDF))
			.andExpect(redirectedUrl("/nominations/" + id));
		byte[] large = noise(1500, 1500);
		assertThat(large.length).isGreaterThan(FilePurpose.PHOTO.maxMegabytes() * 1024 * 1024);

		this.mvc.perform(this.pages.upload(id, "PHOTO", "大照片.png", large).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件“大照片.png”超过 5 MB 的大小限制。")))
			.andExpect(content().string(containsString("盖章扫描件.pdf")));
	}

	@Test
	void aPortraitThatIsNotUprightIsRefusedAsNotA2InchPhoto() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());
		this.mvc.perform(this.pages.upload(id, "PHOTO", "横版.jpg", Images.of("jpg", 640, 480)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“横版.jpg”不是竖版 2 寸证件照（宽高比约 5:7）。")));
	}

	@Test
	void submittingAfterTheDeadlineIsRefusedWithTheDateAndWhatWasTypedIsKept() throws Exception {
		Category category = open("seed003-person", List.of(), today().minusDays(10), today().minusDays(1));
		long id = this.pages.startDraft(category.getId());

		this.mvc.perform(this.pages.form("/nominations/" + id + "/submit", PERSON))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("推荐申报已于 " + today().minusDays(1) + " 截止。", "value=\"赵红梅\"",
					">" + PERSON.value("deeds") + "</textarea>")));
		assertThat(saved(id).getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(saved(id).getAnswers().value("name")).isEqualTo("赵红梅");
	}

	@Test
	void aResumeWithAGapIsRefusedNamingTheRowsAndTheRowsAreKept() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());
		Map<String, List<List<String>>> gap = Map.of("resume", List.of(List.of("1998.09", "2002.07", "郑州大学学习"),
				List.of("2003.03", "", "洛阳市民政局科员、科长")));

		this.mvc.perform(this.pages.form("/nominations/" + id + "/submit", new Answers(PERSON.values(), gap)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("个人简历第1行与第2行之间不衔接")))
			.andExpect(content().string(containsString("value=\"2003.03\"")));
	}

	@Test
	void teamMembersAreKeptInTheOrderTypedAndRowsLeftEmptyAreDropped() throws Exception {
		long id = this.pages.startDraft(open("seed000-deed").getId());

		this.mvc.perform(post("/nominations/" + id).with(user(this.clerk)).with(csrf())
				.param("answers.deedTitle", "夜市占道经营整治")
				.param("answers.members.0", "赵强", "", "钱芳")
				.param("answers.members.1", "中共党员", "", "群众")
				.param("answers.members.2", "中队长", "", "队员"))
			.andExpect(redirectedUrl("/nominations/" + id));

		assertThat(saved(id).getAnswers().rows("members")).containsExactly(List.of("赵强", "中共党员", "中队长"),
				List.of("钱芳", "群众", "队员"));
		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(content().string(containsString("data-row-add=\"members\"")))
			.andExpect(content().string(containsString("value=\"钱芳\"")));
	}

	@Test
	void theEditPageOffersTheSegmentTheShareCapAndTheMonthPartyWorkBegan() throws Exception {
		Unit branch = this.scenario.unit(UnitType.PARTY_BRANCH, this.scenario.office);
		LaurelUser branchClerk = this.scenario.account(Role.CLERK, branch, null);
		Category category = this.scenario.openCategory(
				new Category.Settings("优秀共产党员", NomineeKind.PERSON, 20, 1,
						List.of(new Segment("在职党员", 15), new Segment("离退休党员", 5)),
						List.of(new Allocation(branch.getId(), null, 5)), new ShareCap("支部书记", 20)),
				"generic-person",
				List.of(new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, EligibilityRule.Mode.BLOCK, null,
						2, null)),
				List.of(), List.of(), today(), today().plusDays(5));
		long id = as(branchClerk, () -> this.workflow.startDraft(category.getId())).getId();

		this.mvc.perform(get("/nominations/" + id).with(user(branchClerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("在职党员（15 名）", "推荐对象为支部书记（不超过本单位分配名额的 20%）", "须满 2 年",
					"name=\"declarations.MIN_PARTY_WORK_YEARS.since\"")));
		this.mvc.perform(post("/nominations/" + id).with(user(branchClerk)).with(csrf())
				.param("segment", "离退休党员")
				.param("shareCapped", "true")
				.param("declarations.MIN_PARTY_WORK_YEARS.since", "2019.05"))
			.andExpect(redirectedUrl("/nominations/" + id));

		Nomination nomination = as(branchClerk, () -> this.workflow.read(id));
		assertThat(nomination.getSegment()).isEqualTo("离退休党员");
		assertThat(nomination.isShareCapped()).isTrue();
		assertThat(nomination.getDeclarations())
			.containsExactly(new Declaration(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, false, "2019.05"));
		this.mvc.perform(get("/nominations/" + id).with(user(branchClerk)))
			.andExpect(content().string(containsPattern("value=\"离退休党员\"\\s+selected=\"selected\"")))
			.andExpect(content().string(containsPattern("name=\"shareCapped\" value=\"true\"\\s+checked=\"checked\"")))
			.andExpect(content().string(containsString("value=\"2019.05\"")));
	}

	@Test
	void aReturnedNominationShowsTheReasonAtTheTopAndIsRevisedAndResubmitted() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());
		this.mvc.perform(this.pages.upload(id, "PHOTO", "证件照.jpg", Images.of("jpg", 350, 490)));
		this.mvc.perform(this.pages.upload(id, "SEALED_SCAN", "扫描件.pdf", ClerkPages.PDF));
		this.mvc.perform(this.pages.form("/nominations/" + id + "/submit", PERSON))
			.andExpect(redirectedUrl("/nominations/" + id));
		String reason = "主要事迹过于笼统，请补充2021年以来的具体事例和数据。";
		as(this.scenario.organiser, () -> this.workflow.returnForRevision(id, reason));

		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsPattern("class=\"alert alert-warning\"[^>]*>\\s*<h3[^>]*>初审退回修改</h3>")))
			.andExpect(content().string(shows(reason, "已退回修改", "id=\"nomination-form\"")));
		this.mvc.perform(this.pages.form("/nominations/" + id + "/submit", with(PERSON, "deeds", "办".repeat(290))))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("message", "nomination.pages.submitted"));
		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(content().string(containsString("修改后重新提交")))
			.andExpect(content().string(containsString(reason)));
	}

	@Test
	void theClerkFindsTheMenuEntryAndNoDraftStartsOnceTheNominationPhaseIsOver() throws Exception {
		this.mvc.perform(get("/").with(user(this.clerk)))
			.andExpect(content().string(containsString("推荐申报")))
			.andExpect(content().string(containsString("href=\"/nominations\"")));
		Category category = open("seed003-person");
		as(this.scenario.organiser, () -> this.setup.advance(category.getCampaignId(), "推荐提前截止"));

		this.mvc.perform(post("/nominations").param("categoryId", String.valueOf(category.getId()))
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(redirectedUrl("/nominations"))
			.andExpect(flash().attribute("error", "填写推荐材料属于“推荐申报”阶段，本活动已进入“初审”阶段，不能再办理。"));
	}

	@Test
	void aSaveAfterSomeoneElseSavedKeepsWhatWasTypedSaysSoAndGoesThroughWhenSavedAgain() throws Exception {
		long id = this.pages.startDraft(open("seed003-person").getId());
		long loaded = as(this.clerk, () -> this.workflow.read(id)).getVersion();
		// a colleague of the unit saves the same draft in the meantime
		as(this.clerk, () -> this.workflow.saveDraft(id, new Drafting.Revision(
				new Answers(Map.of("name", "同事填写"), Map.of()), null, false, List.of())));
		Answers mine = new Answers(Map.of("name", "我填写的"), Map.of());

		this.mvc.perform(this.pages.form("/nominations/" + id, mine).param("version", String.valueOf(loaded)))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("id=\"nomination-changed-meanwhile\"", "已有他人保存了这份推荐表",
					"value=\"我填写的\"")));
		assertThat(as(this.clerk, () -> this.workflow.read(id)).getAnswers().value("name")).isEqualTo("同事填写");

		long current = as(this.clerk, () -> this.workflow.read(id)).getVersion();
		this.mvc.perform(this.pages.form("/nominations/" + id, mine).param("version", String.valueOf(current)))
			.andExpect(redirectedUrl("/nominations/" + id));
		assertThat(as(this.clerk, () -> this.workflow.read(id)).getAnswers().value("name")).isEqualTo("我填写的");
	}

	private Category open(String template) {
		return open(template, List.of(), today().minusDays(1), today().plusDays(10));
	}

	private Category open(String template, List<EligibilityRule> rules, LocalDate opens, LocalDate closes) {
		String name = "党员服务标兵 " + UUID.randomUUID().toString().substring(0, 8);
		return this.scenario.openCategory(
				new Category.Settings(name, NomineeKind.PERSON, 100, 1, List.of(), List.of(), null), template, rules,
				List.of(), List.of(), opens, closes);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Nomination saved(long id) {
		return as(this.clerk, () -> this.workflow.read(id));
	}

	private static Answers with(Answers answers, String key, String value) {
		Map<String, String> values = new HashMap<>(answers.values());
		values.put(key, value);
		return new Answers(values, answers.tables());
	}

	private static Matcher<String> containsPattern(String regex) {
		return matchesPattern("(?s).*" + regex + ".*");
	}

	/** A PNG of random pixels, which does not compress: about 3 bytes per pixel. */
	private static byte[] noise(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
