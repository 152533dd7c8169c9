package cn.laurel.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.org.Accounts;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reads a submitted nomination (issue 3 §6): the clerk of its unit, the endorser at the step
 * it waits at, the organiser of its campaign. Everyone else gets 404 from the page, the sheet, the
 * files and the API alike, and personal data reaches only the clerk unmasked.
 */
@LaurelIntegrationTest
class NominationAccessTests {

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

	UserDetails clerk;

	UserDetails head;

	UserDetails leader;

	NominationFixtures.Opened opened;

	long id;

	long photoId;

	NominationFixtures fixtures;

	/** A section's nomination waiting at its 部门负责人, the 分管领导 of the bureau signing after. */
	@BeforeEach
	void setUp() {
		this.fixtures = new NominationFixtures(this.units, this.accounts, this.passwords, this.users, this.setup,
				this.clock);
		Unit bureau = this.fixtures.unit(UnitType.AUTHORITY, null);
		Unit section = this.fixtures.unit(UnitType.OFFICE_SECTION, bureau);
		this.clerk = this.fixtures.account(Role.CLERK, section, null);
		this.head = this.fixtures.account(Role.ENDORSER, section, Capacity.DEPARTMENT_HEAD);
		this.leader = this.fixtures.account(Role.ENDORSER, bureau, Capacity.LEADER_IN_CHARGE);
		LocalDate today = LocalDate.now(this.clock);
		this.opened = this.fixtures.open(NominationFixtures.settings(NomineeKind.PERSON), "seed003-person", List.of(),
				List.of(new EndorsementStep(UnitType.OFFICE_SECTION, 1, Capacity.DEPARTMENT_HEAD,
						EndorsementStep.EndorserUnit.OWN_UNIT, false),
						new EndorsementStep(UnitType.OFFICE_SECTION, 2, Capacity.LEADER_IN_CHARGE,
								EndorsementStep.EndorserUnit.PARENT_UNIT, false)),
				today.minusDays(1), today.plusDays(10));
		this.id = NominationFixtures.submitted(this.workflow, this.clerk, this.opened);
		this.photoId = NominationFixtures.as(this.clerk, () -> this.workflow.filesOf(this.id))
			.stream()
			.filter(file -> file.purpose() == FilePurpose.PHOTO)
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void anotherUnitsClerkAnEndorserNotAtTheStepAndAJudgeGet404FromThePageTheSheetTheFilesAndTheApi()
			throws Exception {
		UserDetails otherClerk = this.fixtures.account(Role.CLERK, this.fixtures.unit(UnitType.OFFICE_SECTION, null),
				null);
		UserDetails judge = this.fixtures.account(Role.JUDGE, null, null);
		String base = "/nominations/" + this.id;
		for (UserDetails outsider : List.of(otherClerk, this.leader, judge)) {
			for (AbstractMockHttpServletRequestBuilder<?> request : List.<AbstractMockHttpServletRequestBuilder<?>>of(get(base), get(base + "/sheet"),
					get(base + "/files/" + this.photoId), get(base + "/files/" + this.photoId).param("thumbnail", ""),
					get("/api/v1" + base), post(base).param("answers.name", "x"), post(base + "/submit"),
					post(base + "/files/" + this.photoId + "/delete"),
					multipart(base + "/files").file(new MockMultipartFile("file", "a.png", "image/png",
							NominationFixtures.image(350, 490, "png"))).param("purpose", "PHOTO"),
					put("/api/v1" + base).contentType("application/json").content("{}"),
					post("/api/v1" + base + "/submit").contentType("application/json").content("{}"))) {
				int status = this.mvc.perform(request.with(user(outsider)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s %s", outsider.getUsername(), request).isEqualTo(404);
			}
		}
		assertThat(NominationFixtures.as(this.clerk, () -> this.workflow.read(this.id)).getAnswers().value("name"))
			.isEqualTo("王秀兰");
	}

	@Test
	void theEndorserAtTheStepReadsTheSheetAndTheFilesWithPersonalDataMasked() throws Exception {
		String sheet = this.mvc.perform(get("/nominations/" + this.id + "/sheet").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"nomination-sheet\"")))
			.andExpect(content().string(containsString("王秀兰")))
			.andExpect(content().string(containsString("110105********002X")))
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(containsString("河南省洛阳")))
			.andExpect(content().string(containsString("逐级审核中")))
			.andExpect(content().string(containsString("洛阳师范学院学生")))
			.andExpect(content().string(containsString("推荐表盖章.pdf")))
			.andExpect(content().string(containsString("办理记录")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sheet).doesNotContain(NominationFixtures.ID_NUMBER, NominationFixtures.PHONE,
				NominationFixtures.HOME_ADDRESS, "<html", "navbar");
		this.mvc.perform(get("/nominations/" + this.id + "/files/" + this.photoId).with(user(this.head)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/nominations/" + this.id).with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.values.idNumber").value("110105********002X"))
			.andExpect(jsonPath("$.editable").value(false));
	}

	@Test
	void theOrganiserReadsTheSheetMaskedAndTheClerkOfTheUnitSeesItWhole() throws Exception {
		this.mvc.perform(get("/nominations/" + this.id + "/sheet").with(user(this.opened.organiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("110105********002X")))
			.andExpect(content().string(not(containsString(NominationFixtures.ID_NUMBER))));
		this.mvc.perform(get("/nominations/" + this.id + "/sheet").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NominationFixtures.ID_NUMBER)))
			.andExpect(content().string(containsString(NominationFixtures.HOME_ADDRESS)));
		UserDetails otherOrganiser = this.fixtures.account(Role.ORGANISER,
				this.fixtures.unit(UnitType.AUTHORITY, null), null);
		this.mvc.perform(get("/nominations/" + this.id + "/sheet").with(user(otherOrganiser)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSubmittedNominationIsReadOnlyForItsClerkAndASaveIsRefusedWithTheReason() throws Exception {
		this.mvc.perform(get("/nominations/" + this.id).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"nomination-form\""))))
			.andExpect(content().string(containsString("逐级审核中")));
		this.mvc.perform(post("/nominations/" + this.id).with(user(this.clerk)).with(csrf()).param("answers.name", "改名"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("推荐当前为“逐级审核中”状态，不能进行此操作。")))
			.andExpect(content().string(containsString("value=\"改名\"")));
		assertThat(NominationFixtures.as(this.clerk, () -> this.workflow.read(this.id)).getAnswers().value("name"))
			.isEqualTo("王秀兰");
		this.mvc.perform(post("/nominations/" + this.id + "/files/" + this.photoId + "/delete").with(user(this.clerk))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(NominationFixtures.as(this.clerk, () -> this.workflow.filesOf(this.id))).hasSize(2);
	}

}
