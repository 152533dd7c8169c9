package cn.laurel.review;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.nomination.ChainStep;
import cn.laurel.nomination.Endorsement;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Named chain steps per category (issue 16 item 4), on PostgreSQL: a category's own chain (seed 003's 党员服务标兵 form:
 * 工作单位意见 → 工作单位纪检监察部门意见) is walked instead of the campaign-wide one (所在单位意见); its step that needs
 * the 征求意见表 of same-level departments (seed 002 附件4) is not signed until the form is attached; the nomination
 * page and the printed form carry each step's own title.
 */
@LaurelIntegrationTest
class NamedChainStepsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	CampaignSetup setup;

	@Autowired
	ReviewFixture fixture;

	UserDetails clerk;

	UserDetails head;

	UserDetails discipline;

	ReviewFixture.Opened campaign;

	@BeforeEach
	void aCategoryWithItsOwnChain() {
		Unit office = this.fixture.unit(UnitType.AUTHORITY, null);
		Unit section = this.fixture.unit(UnitType.OFFICE_SECTION, office);
		this.clerk = this.fixture.clerkOf(section);
		this.head = this.fixture.endorser(section, Capacity.DEPARTMENT_HEAD);
		this.discipline = this.fixture.endorser(section, Capacity.DISCIPLINE);
		UserDetails organiser = this.fixture.account(Role.ORGANISER, office, null);
		EndorsementStep campaignWide = new EndorsementStep(UnitType.OFFICE_SECTION, null, 1, "所在单位意见",
				Capacity.DEPARTMENT_HEAD, EndorserUnit.OWN_UNIT, 0, false, false, false);
		this.campaign = this.fixture.campaign(organiser, office, LocalDate.now(this.clock).plusDays(9), List.of(),
				List.of(campaignWide));
		Long category = this.campaign.categoryId();
		ReviewFixture.as(organiser, () -> this.setup.defineEndorsementChains(this.campaign.campaignId(), List.of(
				campaignWide,
				new EndorsementStep(UnitType.OFFICE_SECTION, category, 1, "工作单位意见", Capacity.DEPARTMENT_HEAD,
						EndorserUnit.OWN_UNIT, 0, false, false, false),
				new EndorsementStep(UnitType.OFFICE_SECTION, category, 2, "工作单位纪检监察部门意见", Capacity.DISCIPLINE,
						EndorserUnit.OWN_UNIT, 0, false, true, true))));
	}

	@Test
	void theCategorysOwnChainIsWalkedAndItsConsultationStepWaitsForThe征求意见表() throws Exception {
		long id = this.fixture.submitted(this.clerk, this.campaign.categoryId(), "赵红梅");
		assertThat(this.fixture.read(this.clerk, id).getChain()).extracting(ChainStep::title)
			.containsExactly("工作单位意见", "工作单位纪检监察部门意见");

		this.mvc.perform(get("/endorsements/" + id).with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前环节：工作单位意见")));
		agree(this.head, id).andExpect(redirectedUrl("/endorsements"));

		this.mvc.perform(get("/endorsements/" + id).with(user(this.discipline)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“工作单位纪检监察部门意见”须先上传征求意见表")));
		agree(this.discipline, id).andExpect(status().isOk())
			.andExpect(content().string(containsString("“工作单位纪检监察部门意见”须先上传征求意见表（征求同级有关部门意见）才能签署同意。")));
		assertThat(this.fixture.read(this.clerk, id).getStatus()).isEqualTo(NominationStatus.ENDORSING);

		this.mvc.perform(multipart("/endorsements/" + id + "/opinion-forms")
				.file(new MockMultipartFile("file", "征求意见表.png", "image/png", ReviewFixture.png(Color.WHITE)))
				.with(user(this.discipline)).with(csrf()))
			.andExpect(redirectedUrl("/endorsements/" + id));
		agree(this.discipline, id).andExpect(redirectedUrl("/endorsements"));

		Nomination done = this.fixture.read(this.clerk, id);
		assertThat(done.getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(done.currentEndorsements()).extracting(Endorsement::title)
			.containsExactly("工作单位意见", "工作单位纪检监察部门意见");
	}

	@Test
	void theNominationPageAndThePrintedFormShowEachStepsOwnTitle() throws Exception {
		long id = this.fixture.submitted(this.clerk, this.campaign.categoryId(), "赵红梅");
		agree(this.head, id).andExpect(redirectedUrl("/endorsements"));

		this.mvc.perform(get("/nominations/" + id + "/sheet").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作单位意见")))
			.andExpect(content().string(containsString("工作单位纪检监察部门意见")))
			.andExpect(content().string(not(containsString("所在单位意见"))))
			.andExpect(content().string(not(containsString(">部门负责人<"))));

		byte[] docx = this.mvc.perform(get("/nominations/" + id + "/form.docx").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("工作单位意见", "工作单位纪检监察部门意见", "情况属实，同意推荐。")
				.doesNotContain("所在单位意见");
		}
	}

	private ResultActions agree(UserDetails endorser, long id) throws Exception {
		return this.mvc.perform(post("/endorsements/" + id).with(user(endorser)).with(csrf())
			.param("verdict", "agree")
			.param("opinion", "情况属实，同意推荐。")
			.param("signerName", "签字")
			.param("signedOn", LocalDate.now(this.clock).toString()));
	}

}
