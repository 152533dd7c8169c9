package cn.laurel.nomination;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Word form, the batch zip and the status list, as their readers download them. */
@LaurelIntegrationTest
class NominationExportTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	NominationDriver workflow;

	NominationScenario scenario;

	Category category;

	Unit department;

	LaurelUser clerk;

	Nomination endorsed;

	@BeforeEach
	void anEndorsedNomination() {
		this.scenario = this.scenarios.create();
		this.category = this.scenario.openCategory("seed003-person", NomineeKind.PERSON, 10,
				List.of(new NominationLimit(UnitType.CITY_DEPARTMENT, null, 0, 3)),
				List.of(Chains.step(UnitType.CITY_DEPARTMENT, 1, Capacity.DISCIPLINE,
						EndorsementStep.EndorserUnit.OWN_UNIT, false)));
		this.department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		this.clerk = this.scenario.account(Role.CLERK, this.department, null);
		LaurelUser discipline = this.scenario.account(Role.ENDORSER, this.department, Capacity.DISCIPLINE);
		this.endorsed = submitted(SeedAnswers.ID_NUMBER);
		as(discipline, () -> this.workflow.endorse(this.endorsed.getId(),
				new Nomination.Opinion(true, "未发现违纪违法问题", "孙纪委", LocalDate.of(2026, 3, 2), null, false)));
	}

	Nomination submitted(String idNumber) {
		return as(this.clerk, () -> {
			Nomination draft = this.workflow.startDraft(this.category.getId());
			this.workflow.saveDraft(draft.getId(), SeedAnswers.seed003Person(idNumber));
			this.workflow.attach(draft.getId(), FilePurpose.PHOTO, "证件照.png", Images.of("png", 350, 490));
			this.workflow.attach(draft.getId(), FilePurpose.SEALED_SCAN, "推荐表.pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			assertThat(this.workflow.submit(draft.getId(), SeedAnswers.seed003Person(idNumber))).isEmpty();
			return draft;
		});
	}

	@Test
	void theWordFormHoldsTheFieldsTheDeedTextAndTheOpinions() throws Exception {
		byte[] body = this.mvc.perform(get("/nominations/" + this.endorsed.getId() + "/form.docx").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(body));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("党员服务标兵推荐表", "姓名", "赵红梅", "身份证号", SeedAnswers.ID_NUMBER,
					"办".repeat(280), "郑州大学学习", "至今", "纪检监察部门意见", "同意", "未发现违纪违法问题", "孙纪委");
			assertThat(document.getAllPictures()).hasSize(1);
		}
	}

	@Test
	void theFileIsNamedAsSeed003Asks() throws Exception {
		String disposition = this.mvc
			.perform(get("/nominations/" + this.endorsed.getId() + "/form.docx").with(user(this.clerk)))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		String expected = "【推荐表】" + this.department.getName() + "+类别+赵红梅.docx";
		assertThat(disposition).contains(URLEncoder.encode(expected, StandardCharsets.UTF_8)
			.replace("+", "%20").replace("%2B", "+"));
	}

	@Test
	void theOrganisersZipHoldsOneFormPerNomination() throws Exception {
		submitted("110105198003010028");
		assertTwoFormsOfZhaoHongmeiIn(get("/campaigns/" + this.category.getCampaignId() + "/nominations/forms.zip")
			.with(user(this.scenario.organiser)));
	}

	@Test
	void theFormAndItsDeedMaterialComeAsOneWordFileNamedAsSeed003Asks() throws Exception {
		var response = this.mvc
			.perform(get("/nominations/" + this.endorsed.getId() + "/form-with-material.docx").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String expected = "【推荐表】" + this.department.getName() + "+类别+赵红梅.docx";
		assertThat(response.getHeader("Content-Disposition")).contains(URLEncoder.encode(expected, StandardCharsets.UTF_8)
			.replace("+", "%20").replace("%2B", "+"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("党员服务标兵推荐表", "纪检监察部门意见", "——赵红梅同志典型事迹材料", "实".repeat(900));
			assertThat(text.indexOf("——赵红梅同志典型事迹材料")).isGreaterThan(text.indexOf("纪检监察部门意见"));
			assertThat(document.getDocument().getBody().getSectPr().getPgNumType().getStart().intValue()).isEqualTo(1);
		}
	}

	@Test
	void theApiHandsTheOrganiserACategorysFormsWithTheirMaterialAsAZip() throws Exception {
		submitted("110105198003010028");
		assertTwoFormsOfZhaoHongmeiIn(get("/api/v1/nominations/forms-with-material.zip")
			.param("campaignId", String.valueOf(this.category.getCampaignId()))
			.param("categoryId", String.valueOf(this.category.getId()))
			.with(user(this.scenario.organiser)));
		this.mvc.perform(get("/api/v1/nominations/" + Long.MAX_VALUE + "/form-with-material.docx")
			.with(user(this.scenario.organiser))).andExpect(status().isNotFound());
	}

	@Test
	void theStatusListNamesEachNominationsStatus() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/campaigns/" + this.category.getCampaignId() + "/nominations.xlsx")
				.with(user(this.scenario.organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("赵红梅");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("待初审");
		}
	}

	@Test
	void noOneElseDownloadsTheForm() throws Exception {
		LaurelUser stranger = this.scenario.account(Role.CLERK,
				this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office), null);
		this.mvc.perform(get("/nominations/" + this.endorsed.getId() + "/form.docx").with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/campaigns/" + this.category.getCampaignId() + "/nominations.xlsx").with(user(stranger)))
			.andExpect(status().isNotFound());
		LaurelUser otherOrganiser = this.scenario.account(Role.ORGANISER,
				this.scenario.unit(UnitType.AUTHORITY, null), null);
		this.mvc.perform(get("/campaigns/" + this.category.getCampaignId() + "/nominations/forms.zip")
			.with(user(otherOrganiser))).andExpect(status().isNotFound());
	}

	/** The zip the request answers holds the two forms of 赵红梅, the second numbered. */
	private void assertTwoFormsOfZhaoHongmeiIn(MockHttpServletRequestBuilder request) throws Exception {
		byte[] zip = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String name = "【推荐表】" + this.department.getName() + "+类别+赵红梅";
		assertThat(entryNames(zip)).containsExactlyInAnyOrder(name + ".docx", name + "(2).docx");
	}

	static List<String> entryNames(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
