package cn.laurel.nomination;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static cn.laurel.nomination.ClerkPages.shows;
import static cn.laurel.nomination.NominationScenario.as;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reads a submitted nomination (issue 3 §6): the clerk of its unit, the endorser at the step
 * it waits at, the organiser of its campaign. Everyone else gets 404 from the page, the sheet, the
 * files and the API alike, and personal data reaches only the clerk unmasked.
 */
@LaurelIntegrationTest
class NominationAccessTests {

	private static final Drafting.Revision PERSON = SeedAnswers.seed003Person(SeedAnswers.ID_NUMBER);

	@Autowired
	MockMvc mvc;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	NominationDriver workflow;

	NominationScenario scenario;

	LaurelUser clerk;

	LaurelUser head;

	LaurelUser leader;

	long id;

	long photoId;

	/** A section's nomination submitted through the pages, waiting at its 部门负责人; the bureau's 分管领导 signs after. */
	@BeforeEach
	void setUp() throws Exception {
		this.scenario = this.beans.createBean(NominationScenario.class);
		Unit bureau = this.scenario.unit(UnitType.AUTHORITY, this.scenario.office);
		Unit section = this.scenario.unit(UnitType.OFFICE_SECTION, bureau);
		this.clerk = this.scenario.account(Role.CLERK, section, null);
		this.head = this.scenario.account(Role.ENDORSER, section, Capacity.DEPARTMENT_HEAD);
		this.leader = this.scenario.account(Role.ENDORSER, bureau, Capacity.LEADER_IN_CHARGE);
		Category category = this.scenario.openCategory("seed003-person", NomineeKind.PERSON, 10, List.of(),
				List.of(Chains.step(UnitType.OFFICE_SECTION, 1, Capacity.DEPARTMENT_HEAD,
						EndorsementStep.EndorserUnit.OWN_UNIT, false),
						Chains.step(UnitType.OFFICE_SECTION, 2, Capacity.LEADER_IN_CHARGE,
								EndorsementStep.EndorserUnit.PARENT_UNIT, false)));
		ClerkPages pages = new ClerkPages(this.mvc, this.clerk);
		this.id = pages.startDraft(category.getId());
		this.mvc.perform(pages.upload(this.id, "PHOTO", "证件照.jpg", Images.jpegWithExif(350, 490)));
		this.mvc.perform(pages.upload(this.id, "SEALED_SCAN", "推荐表盖章.pdf", ClerkPages.PDF));
		this.mvc.perform(pages.form("/nominations/" + this.id + "/submit", PERSON.answers()))
			.andExpect(flash().attribute("message", "nomination.pages.submitted"));
		this.photoId = as(this.clerk, () -> this.workflow.filesOf(this.id))
			.stream()
			.filter(file -> file.purpose() == FilePurpose.PHOTO)
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void anotherUnitsClerkAnEndorserNotAtTheStepAndAJudgeGet404FromThePageTheSheetTheFilesAndTheApi()
			throws Exception {
		LaurelUser otherClerk = this.scenario.account(Role.CLERK, this.scenario.unit(UnitType.OFFICE_SECTION, null),
				null);
		LaurelUser judge = this.scenario.account(Role.JUDGE, null, null);
		String base = "/nominations/" + this.id;
		for (LaurelUser outsider : List.of(otherClerk, this.leader, judge)) {
			for (AbstractMockHttpServletRequestBuilder<?> request : List.<AbstractMockHttpServletRequestBuilder<?>>of(get(base), get(base + "/sheet"),
					get(base + "/files/" + this.photoId), get(base + "/files/" + this.photoId).param("thumbnail", ""),
					get("/api/v1" + base), post(base).param("answers.name", "x"), post(base + "/submit"),
					post(base + "/files/" + this.photoId + "/delete"),
					multipart(base + "/files").file(new MockMultipartFile("file", "a.png", "image/png",
							Images.of("png", 350, 490))).param("purpose", "PHOTO"),
					put("/api/v1" + base).contentType("application/json").content("{}"),
					post("/api/v1" + base + "/submit").contentType("application/json").content("{}"))) {
				int status = this.mvc.perform(request.with(user(outsider)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s %s", outsider.getUsername(), request).isEqualTo(404);
			}
		}
		assertThat(as(this.clerk, () -> this.workflow.read(this.id)).getAnswers().value("name")).isEqualTo("赵红梅");
	}

	@Test
	void theEndorserAtTheStepReadsTheSheetAndTheFilesWithPersonalDataMasked() throws Exception {
		String sheet = this.mvc.perform(get("/nominations/" + this.id + "/sheet").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(shows("class=\"nomination-sheet\"", "赵红梅", "110105********002X", "139****0000",
					"洛阳市西工区", "逐级审核中", "郑州大学学习", "推荐表盖章.pdf", "办理记录")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sheet).doesNotContain(PERSON.answers().value("idNumber"), PERSON.answers().value("phone"),
				PERSON.answers().value("homeAddress"), "<html", "navbar");
		this.mvc.perform(get("/nominations/" + this.id + "/files/" + this.photoId).with(user(this.head)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/nominations/" + this.id).with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.values.idNumber").value("110105********002X"))
			.andExpect(jsonPath("$.editable").value(false));
	}

	@Test
	void onlyTheNominatingUnitGetsThePhotoAsUploadedTheOrganiserACopyWithoutItsMetadata() throws Exception {
		String file = "/nominations/" + this.id + "/files/" + this.photoId;
		// the clerk and the unit's own 部门负责人 act for the unit that uploaded it
		for (LaurelUser ownUnit : List.of(this.clerk, this.head)) {
			byte[] original = this.mvc.perform(get(file).with(user(ownUnit)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(new String(original, StandardCharsets.ISO_8859_1)).as(ownUnit.getUsername())
				.contains(Images.CAMERA);
		}
		byte[] copy = this.mvc.perform(get(file).with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "LaurelCam");
	}

	@Test
	void theOrganiserReadsTheSheetMaskedAndTheClerkOfTheUnitSeesItWhole() throws Exception {
		this.mvc.perform(get("/nominations/" + this.id + "/sheet").with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("110105********002X")))
			.andExpect(content().string(not(containsString(PERSON.answers().value("idNumber")))));
		this.mvc.perform(get("/nominations/" + this.id + "/sheet").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(PERSON.answers().value("idNumber"))))
			.andExpect(content().string(containsString(PERSON.answers().value("homeAddress"))));
		LaurelUser otherOrganiser = this.scenario.account(Role.ORGANISER, this.scenario.unit(UnitType.AUTHORITY, null),
				null);
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
		assertThat(as(this.clerk, () -> this.workflow.read(this.id)).getAnswers().value("name")).isEqualTo("赵红梅");
		this.mvc.perform(post("/nominations/" + this.id + "/files/" + this.photoId + "/delete").with(user(this.clerk))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(as(this.clerk, () -> this.workflow.filesOf(this.id))).hasSize(2);
	}

}
