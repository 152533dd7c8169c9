package cn.laurel.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.calendar.WorkingDays;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.UnitPublicityRule;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.UnitPublicity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.system.ReasonMessages;
import cn.laurel.system.Refusal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 003 on PostgreSQL: "推荐名单和项目在县区主要媒体或单位公示不少于3个工作日". The nominating unit runs its own 公示
 * before recommending; submission waits for its working days on the calendar and needs its proof.
 */
@LaurelIntegrationTest
class UnitPublicityTests {

	static final byte[] PROOF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	NominationDriver workflow;

	@Autowired
	CampaignSetup setup;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	ReviewFixture fixture;

	UserDetails clerk;

	long draft;

	LocalDate today;

	/** A county's draft in a campaign asking for three working days of the unit's own 公示. */
	@BeforeEach
	void aDraftInACampaignAskingForTheUnitsPublicity() {
		this.today = LocalDate.now(this.clock);
		Unit office = this.fixture.unit(UnitType.AUTHORITY, null);
		UserDetails organiser = this.fixture.account(Role.ORGANISER, office, null);
		ReviewFixture.Opened campaign = this.fixture.campaign(organiser, office, this.today.plusDays(20), List.of(),
				List.of());
		ReviewFixture.as(organiser,
				() -> this.setup.askForUnitPublicity(campaign.campaignId(), new UnitPublicityRule(true, 3)));
		this.clerk = this.fixture.clerkOf(this.fixture.unit(UnitType.COUNTY, office));
		this.draft = this.fixture.draft(this.clerk, campaign.categoryId(), "张三");
	}

	List<Violation> submit(UnitPublicity publicity) {
		Drafting.Revision named = ReviewFixture.revision("张三", List.of());
		return ReviewFixture.as(this.clerk, () -> this.workflow.submit(this.draft,
				new Drafting.Revision(named.answers(), null, false, List.of(), publicity)));
	}

	void attachProof() {
		ReviewFixture.as(this.clerk,
				() -> this.workflow.attach(this.draft, FilePurpose.UNIT_PUBLICITY_PROOF, "公示截图.pdf", PROOF));
	}

	@Test
	void aNominationSubmittedBeforeItsUnitsPublicityHasRunThreeWorkingDaysIsRefusedWithTheDayItMayBeSubmitted() {
		attachProof();
		LocalDate lastDay = this.workingDays.end(this.today, 3).end();

		List<Violation> refusals = submit(new UnitPublicity(this.today, "县融媒体中心网站"));

		assertThat(refusals).extracting(Refusal.Reason::code).containsExactly("nomination.rule.unit-publicity-running");
		assertThat(ReasonMessages.render(this.messages, refusals.get(0), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("本单位公示须满 3 个工作日，至 " + lastDay + " 期满，" + lastDay.plusDays(1) + " 起方可提交。");
	}

	@Test
	void theProofOfTheUnitsPublicityIsRequiredAndWithItTheNominationIsSubmitted() {
		UnitPublicity ran = new UnitPublicity(this.today.minusDays(30), "县融媒体中心网站");

		assertThat(submit(ran)).extracting(Refusal.Reason::code)
			.containsExactly("nomination.rule.unit-publicity-proof-required");
		attachProof();
		assertThat(submit(ran)).isEmpty();
		assertThat(this.fixture.read(this.clerk, this.draft).getUnitPublicity()).isEqualTo(ran);
	}

	@Test
	void theClerkGivesTheUnitsPublicityAndItsProofOnThePageAndThroughTheApi() throws Exception {
		this.mvc.perform(put("/api/v1/nominations/" + this.draft).with(user(this.clerk)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\": {\"values\": {\"name\": \"张三\"}}, \"unitPublicity\": {\"startsOn\": \""
						+ this.today + "\", \"publishedAt\": \"本单位公示栏\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitPublicity.startsOn").value(this.today.toString()))
			.andExpect(jsonPath("$.unitPublicityPeriod.submittableFrom")
				.value(this.workingDays.end(this.today, 3).end().plusDays(1).toString()));
		this.mvc.perform(multipart("/api/v1/nominations/" + this.draft + "/files")
				.file(new MockMultipartFile("file", "公示截图.pdf", "application/pdf", PROOF))
				.param("purpose", "UNIT_PUBLICITY_PROOF").with(user(this.clerk)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.purpose").value("UNIT_PUBLICITY_PROOF"));
		this.mvc.perform(post("/api/v1/nominations/" + this.draft + "/submit").with(user(this.clerk)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitPublicity\": {\"startsOn\": \"" + this.today + "\", \"publishedAt\": \"本单位公示栏\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.code == 'nomination.rule.unit-publicity-running')]").exists());

		Document page = Jsoup.parse(this.mvc.perform(get("/nominations/" + this.draft).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#unit-publicity input[name=unitPublicity.startsOn]").val())
			.isEqualTo(this.today.toString());
		assertThat(page.selectFirst("#unit-publicity input[name=unitPublicity.publishedAt]").val())
			.isEqualTo("本单位公示栏");
		assertThat(page.select("#nomination-files a").eachText()).contains("公示截图.pdf");
		assertThat(page.selectFirst("#unit-publicity-period").text()).contains("公示 3 个工作日");
	}

}
