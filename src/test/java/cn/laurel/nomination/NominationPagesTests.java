package cn.laurel.nomination;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Allocation;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Segment;
import cn.laurel.campaign.ShareCap;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clerk's nomination pages end to end on PostgreSQL: seed 003's person form filled, uploaded
 * and submitted, and each kind of bad input refused with a clear message and nothing typed lost.
 */
@LaurelIntegrationTest
class NominationPagesTests {

	private static final Pattern FILE_ID = Pattern.compile("/nominations/\\d+/files/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	UserDetailsService users;

	@Autowired
	CampaignSetup setup;

	@Autowired
	NominationWorkflow workflow;

	@Autowired
	Clock clock;

	NominationFixtures fixtures;

	UserDetails clerk;

	@BeforeEach
	void setUp() {
		this.fixtures = new NominationFixtures(this.units, this.accounts, this.passwords, this.users, this.setup,
				this.clock);
		this.clerk = this.fixtures.account(Role.CLERK, this.fixtures.unit(UnitType.COUNTY, null), null);
	}

	@Test
	void aClerkFillsSeed003sPersonFormWithAContinuousResumeUploadsThePortraitAndTheScanAndSubmits() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		NominationFixtures.Opened opened = this.fixtures.open(NominationFixtures.settings(NomineeKind.PERSON),
				"seed003-person",
				List.of(new EligibilityRule(EligibilityRule.Type.NOT_ALREADY_HONOURED, EligibilityRule.Mode.BLOCK, null,
						null, "省“三个100”"),
						new EligibilityRule(EligibilityRule.Type.NO_DISCIPLINARY_RECORD, EligibilityRule.Mode.BLOCK, null,
								null, null)),
				List.of(), today.minusDays(1), today.plusDays(10));
		String categoryName = categoryName(opened);

		this.mvc.perform(get("/nominations").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("填写“" + categoryName + "”推荐表（个人）")));
		long id = startDraft(opened);

		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-max-chars=\"300\"")))
			.andExpect(content().string(containsString("name=\"answers.resume.0\"")))
			.andExpect(content().string(containsString("2 寸证件照")))
			.andExpect(content().string(containsString("请上传近期 2 寸免冠蓝底彩色照片")))
			.andExpect(content().string(containsString("须上传 1–1 张，已上传 0 张。")))
			.andExpect(content().string(containsString("签字盖章扫描件")))
			.andExpect(content().string(containsString("已获所列称号的不再重复参评")))
			.andExpect(content().string(containsString("省“三个100”")))
			.andExpect(content().string(containsString("name=\"declarations.NO_DISCIPLINARY_RECORD.meets\"")));

		String panel = this.mvc
			.perform(multipart("/nominations/" + id + "/files").file(photo("证件照.png", NominationFixtures.image(350, 490,
					"png")))
				.param("purpose", "PHOTO")
				.header("HX-Request", "true")
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nomination-files\"")))
			.andExpect(content().string(containsString("须上传 1–1 张，已上传 1 张。")))
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long photoId = fileIdIn(panel);
		this.mvc
			.perform(multipart("/nominations/" + id + "/files")
				.file(new MockMultipartFile("file", "推荐表盖章.pdf", "application/pdf", NominationFixtures.pdf()))
				.param("purpose", "SEALED_SCAN")
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("message", "nomination.pages.file.uploaded"));

		this.mvc.perform(personForm(post("/nominations/" + id + "/submit"), NominationFixtures.personAnswers())
				.param("declarations.NOT_ALREADY_HONOURED.meets", "true")
				.param("declarations.NO_DISCIPLINARY_RECORD.meets", "true"))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("message", "nomination.pages.submitted"));

		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待初审")))
			.andExpect(content().string(containsString("洛阳市西工区王城路街道金谷社区党委书记")))
			.andExpect(content().string(containsString(NominationFixtures.ID_NUMBER)))
			.andExpect(content().string(containsString("推荐表盖章.pdf")))
			.andExpect(content().string(not(containsString("id=\"nomination-form\""))));
		this.mvc.perform(get("/nominations").with(user(this.clerk)))
			.andExpect(content().string(containsString("王秀兰")))
			.andExpect(content().string(containsString("待初审")));

		String encoded = URLEncoder.encode("证件照.png", StandardCharsets.UTF_8);
		this.mvc.perform(get("/nominations/" + id + "/files/" + photoId).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''" + encoded)));
		this.mvc.perform(get("/nominations/" + id + "/files/" + photoId).param("thumbnail", "").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"));
	}

	@Test
	void anOverLongMainDeedIsRefusedWithItsCountAndEverythingTypedIsKept() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		long id = startDraft(opened);
		Map<String, String> answers = NominationFixtures.personAnswers();
		String deeds = "为群众办实事".repeat(51);
		answers.put("deeds", deeds);

		this.mvc.perform(personForm(post("/nominations/" + id + "/submit"), answers))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“主要事迹”共306字，超过300字的上限，请删减后再提交（内容已保存）。")))
			.andExpect(content().string(containsString(">" + deeds + "</textarea>")))
			.andExpect(content().string(containsString("value=\"王秀兰\"")))
			.andExpect(content().string(containsString("value=\"2016.01\"")))
			.andExpect(content().string(containsString("id=\"nomination-refusals\"")));
		assertThat(saved(id).getAnswers().value("deeds")).isEqualTo(deeds);
	}

	@Test
	void aMissingRequiredFieldIsRefusedByNameAndEverythingElseTypedIsKept() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		long id = startDraft(opened);
		Map<String, String> answers = NominationFixtures.personAnswers();
		answers.put("name", "");

		this.mvc.perform(personForm(post("/nominations/" + id + "/submit"), answers))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“姓名”为必填项。")))
			.andExpect(content().string(containsString("value=\"汉族\"")))
			.andExpect(content().string(containsString("value=\"" + NominationFixtures.PHONE + "\"")))
			.andExpect(content().string(containsString(">" + answers.get("deeds") + "</textarea>")))
			.andExpect(content().string(containsString("value=\"洛阳师范学院学生\"")));
	}

	@Test
	void aTextFileNamedJpgIsRefusedAsAPhotoAndTheSavedDraftIsUntouched() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		long id = startDraft(opened);
		this.mvc.perform(personForm(post("/nominations/" + id), NominationFixtures.personAnswers()))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("message", "nomination.pages.saved"));
		MockMultipartFile fake = photo("photo.jpg", "这不是一张照片".getBytes(StandardCharsets.UTF_8));
		String refusal = "文件“photo.jpg”的类型不符合要求（照片）";

		this.mvc.perform(multipart("/nominations/" + id + "/files").file(fake)
				.param("purpose", "PHOTO")
				.header("HX-Request", "true")
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refusal)))
			.andExpect(content().string(containsString("已上传 0 张")));
		this.mvc.perform(multipart("/nominations/" + id + "/files").file(fake)
				.param("purpose", "PHOTO")
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("error", containsString(refusal)));
		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(content().string(containsString("value=\"王秀兰\"")))
			.andExpect(content().string(containsString(">" + NominationFixtures.personAnswers().get("deeds") + "</textarea>")));
		assertThat(NominationFixtures.as(this.clerk, () -> this.workflow.filesOf(id))).isEmpty();
	}

	@Test
	void aPhotoOverTheSizeLimitIsRefusedAndTheFilesAlreadyUploadedStay() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		long id = startDraft(opened);
		this.mvc.perform(multipart("/nominations/" + id + "/files")
				.file(new MockMultipartFile("file", "盖章扫描件.pdf", "application/pdf", NominationFixtures.pdf()))
				.param("purpose", "SEALED_SCAN")
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(redirectedUrl("/nominations/" + id));
		byte[] large = NominationFixtures.noise(1500, 1500);
		assertThat(large.length).isGreaterThan(5 * 1024 * 1024);

		this.mvc.perform(multipart("/nominations/" + id + "/files").file(photo("大照片.png", large))
				.param("purpose", "PHOTO")
				.header("HX-Request", "true")
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件“大照片.png”超过 5 MB 的大小限制。")))
			.andExpect(content().string(containsString("盖章扫描件.pdf")));
	}

	@Test
	void aPortraitThatIsNotUprightIsRefusedAsNotA2InchPhoto() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		long id = startDraft(opened);
		this.mvc.perform(multipart("/nominations/" + id + "/files")
				.file(photo("横版.jpg", NominationFixtures.image(640, 480, "jpg")))
				.param("purpose", "PHOTO")
				.header("HX-Request", "true")
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“横版.jpg”不是竖版 2 寸证件照（宽高比约 5:7）。")));
	}

	@Test
	void submittingAfterTheDeadlineIsRefusedWithTheDateAndWhatWasTypedIsKept() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		NominationFixtures.Opened opened = this.fixtures.open(NominationFixtures.settings(NomineeKind.PERSON),
				"seed003-person", List.of(), List.of(), today.minusDays(10), today.minusDays(1));
		long id = startDraft(opened);

		this.mvc.perform(personForm(post("/nominations/" + id + "/submit"), NominationFixtures.personAnswers()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("推荐申报已于 " + today.minusDays(1) + " 截止。")))
			.andExpect(content().string(containsString("value=\"王秀兰\"")))
			.andExpect(content().string(containsString(">" + NominationFixtures.personAnswers().get("deeds") + "</textarea>")));
		assertThat(saved(id).getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(saved(id).getAnswers().value("name")).isEqualTo("王秀兰");
	}

	@Test
	void aResumeWithAGapIsRefusedNamingTheRowsAndTheRowsAreKept() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		long id = startDraft(opened);
		List<List<String>> gap = List.of(List.of("2005.09", "2009.07", "洛阳师范学院学生"),
				List.of("2010.03", "至今", "洛阳市西工区王城路街道金谷社区党委书记"));

		this.mvc.perform(NominationFixtures.typed(post("/nominations/" + id + "/submit"), NominationFixtures.personAnswers(),
				gap).with(user(this.clerk)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("个人简历第1行与第2行之间不衔接")))
			.andExpect(content().string(containsString("value=\"2010.03\"")));
	}

	@Test
	void teamMembersAreKeptInTheOrderTypedAndRowsLeftEmptyAreDropped() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open(NominationFixtures.settings(NomineeKind.DEED),
				"seed000-deed", List.of(), List.of(), LocalDate.now(this.clock), LocalDate.now(this.clock).plusDays(5));
		long id = startDraft(opened);

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
		Unit branch = this.fixtures.unit(UnitType.PARTY_BRANCH, null);
		UserDetails branchClerk = this.fixtures.account(Role.CLERK, branch, null);
		LocalDate today = LocalDate.now(this.clock);
		Category.Settings settings = new Category.Settings(NominationFixtures.unique("优秀共产党员"), NomineeKind.PERSON,
				20, 1, List.of(new Segment("在职党员", 15), new Segment("离退休党员", 5)),
				List.of(new Allocation(branch.getId(), null, 5)), new ShareCap("支部书记", 20));
		NominationFixtures.Opened opened = this.fixtures.open(settings, "generic-person",
				List.of(new EligibilityRule(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, EligibilityRule.Mode.BLOCK, null,
						2, null)),
				List.of(), today, today.plusDays(5));
		long id = NominationFixtures.as(branchClerk, () -> this.workflow.startDraft(opened.categoryId())).getId();

		this.mvc.perform(get("/nominations/" + id).with(user(branchClerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在职党员（15 名）")))
			.andExpect(content().string(containsString("推荐对象为支部书记（不超过本单位分配名额的 20%）")))
			.andExpect(content().string(containsString("须满 2 年")))
			.andExpect(content().string(containsString("name=\"declarations.MIN_PARTY_WORK_YEARS.since\"")));
		this.mvc.perform(post("/nominations/" + id).with(user(branchClerk)).with(csrf())
				.param("segment", "离退休党员")
				.param("shareCapped", "true")
				.param("declarations.MIN_PARTY_WORK_YEARS.since", "2019.05"))
			.andExpect(redirectedUrl("/nominations/" + id));

		Nomination nomination = NominationFixtures.as(branchClerk, () -> this.workflow.read(id));
		assertThat(nomination.getSegment()).isEqualTo("离退休党员");
		assertThat(nomination.isShareCapped()).isTrue();
		assertThat(nomination.getDeclarations())
			.containsExactly(new Declaration(EligibilityRule.Type.MIN_PARTY_WORK_YEARS, false, "2019.05"));
		this.mvc.perform(get("/nominations/" + id).with(user(branchClerk)))
			.andExpect(content().string(containsPattern("value=\"离退休党员\"\\s+selected=\"selected\"")))
			.andExpect(content().string(containsString("value=\"2019.05\"")));
	}

	@Test
	void aReturnedNominationShowsTheReasonAtTheTopAndCanBeRevisedAndResubmitted() throws Exception {
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		long id = startDraft(opened);
		upload(id, "PHOTO", photo("证件照.jpg", NominationFixtures.image(350, 490, "jpg")));
		upload(id, "SEALED_SCAN", new MockMultipartFile("file", "扫描件.pdf", "application/pdf", NominationFixtures.pdf()));
		this.mvc.perform(personForm(post("/nominations/" + id + "/submit"), NominationFixtures.personAnswers()))
			.andExpect(redirectedUrl("/nominations/" + id));
		String reason = "主要事迹过于笼统，请补充2021年以来的具体事例和数据。";
		NominationFixtures.as(opened.organiser(), () -> this.workflow.returnForRevision(id, reason));

		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已退回修改")))
			.andExpect(content().string(containsString("初审退回修改")))
			.andExpect(content().string(containsString(reason)))
			.andExpect(content().string(containsString("id=\"nomination-form\"")));
		this.mvc.perform(personForm(post("/nominations/" + id + "/submit"), NominationFixtures.personAnswers()))
			.andExpect(redirectedUrl("/nominations/" + id))
			.andExpect(flash().attribute("message", "nomination.pages.submitted"));
		this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(content().string(containsString("修改后重新提交")))
			.andExpect(content().string(containsString(reason)));
	}

	@Test
	void theClerkSeesTheMenuEntryAndNoDraftStartsInACategoryOfAClosedCampaign() throws Exception {
		this.mvc.perform(get("/").with(user(this.clerk)))
			.andExpect(content().string(containsString("推荐申报")))
			.andExpect(content().string(containsString("href=\"/nominations\"")));
		NominationFixtures.Opened opened = this.fixtures.open("seed003-person");
		NominationFixtures.as(opened.organiser(), () -> this.setup.advance(opened.campaignId(), "推荐截止"));

		this.mvc.perform(post("/nominations").param("categoryId", String.valueOf(opened.categoryId()))
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(redirectedUrl("/nominations"))
			.andExpect(flash().attribute("error", "活动当前处于“初审”阶段，不接受此项申报。"));
	}

	private long startDraft(NominationFixtures.Opened opened) throws Exception {
		String location = this.mvc
			.perform(post("/nominations").param("categoryId", String.valueOf(opened.categoryId()))
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "nomination.pages.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void upload(long id, String purpose, MockMultipartFile file) throws Exception {
		this.mvc.perform(multipart("/nominations/" + id + "/files").file(file)
				.param("purpose", purpose)
				.with(user(this.clerk))
				.with(csrf()))
			.andExpect(flash().attribute("message", "nomination.pages.file.uploaded"));
	}

	private MockHttpServletRequestBuilder personForm(MockHttpServletRequestBuilder request, Map<String, String> answers) {
		return NominationFixtures.typed(request, answers, NominationFixtures.RESUME).with(user(this.clerk)).with(csrf());
	}

	private Nomination saved(long id) {
		return NominationFixtures.as(this.clerk, () -> this.workflow.read(id));
	}

	private String categoryName(NominationFixtures.Opened opened) {
		return NominationFixtures.as(opened.organiser(), () -> this.setup.category(opened.categoryId()).getName());
	}

	private static Matcher<String> containsPattern(String regex) {
		return matchesPattern("(?s).*" + regex + ".*");
	}

	private static MockMultipartFile photo(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "image/jpeg", bytes);
	}

	private static long fileIdIn(String html) {
		return Long.parseLong(FILE_ID.matcher(html).results().findFirst().orElseThrow().group(1));
	}

}
