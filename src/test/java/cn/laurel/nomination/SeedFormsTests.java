package cn.laurel.nomination;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.campaign.Category;
import cn.laurel.documents.NominationDocx;
import cn.laurel.documents.NominationSheet;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17: every seed form prints as a draft the way its attachment does, so the clerk can have it signed and
 * sealed before submitting the scan. Each test makes a campaign from the seed's template, has a clerk of a unit
 * of the right type start a draft, and reads the generated .docx: the label cells row by row (field labels, table
 * headers, then the opinion rows of the unit's chain, blank, and what the form prints after them), the title, and
 * where the attachment has them the photo cell, the opinions side by side and the cover page.
 */
@LaurelIntegrationTest
class SeedFormsTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** Label cells are shaded so, as on the paper forms. */
	private static final String LABEL_SHADE = "F2F2F2";

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	CampaignTemplates templates;

	@Autowired
	CampaignSetup setup;

	@Autowired
	NominationDriver workflow;

	@Autowired
	NominationSheets sheets;

	@Autowired
	NominationDocx docx;

	@Autowired
	MockMvc mvc;

	@Test
	void seed000TheBureausFormHasThePhotoTopRightTheTwoFirstOpinionsSideBySideAndRemarksLast() throws IOException {
		Draft draft = draft("seed000", "最美综合执法人",
				scenario -> scenario.stationedSquadron(scenario.office, scenario.unit(UnitType.TOWN, scenario.office)));
		try (XWPFDocument document = draft.form()) {
			assertThat(paragraphsBeforeTable(document)).startsWith("青岛西海岸新区综合行政执法局", "“最美综合执法人”申报表");
			assertThat(labels(document)).containsExactly("姓名", "出生年月", "性别", "文化程度", "民族", "政治面貌",
					"参加综合执法工作时间", "工作单位及职务职级", "2020年以来所获局级（含）以上表彰情况及证明文件名称", "联系电话", "主要事迹",
					"部门负责人意见", "镇街（功能区、保护区）意见", "分管（联系）局领导意见", "备注");
			XWPFTable table = document.getTables().get(0);
			XWPFTableCell photo = last(table.getRow(0));
			assertThat(photo.getText()).isEqualTo("照片");
			assertThat(merge(photo)).isEqualTo(STMerge.RESTART);
			assertThat(merge(last(table.getRow(1)))).isEqualTo(STMerge.CONTINUE);
			assertThat(merge(last(table.getRow(2)))).isEqualTo(STMerge.CONTINUE);
			assertThat(texts(rowStartingWith(table, "部门负责人意见"))).contains("镇街（功能区、保护区）意见");
			assertThat(texts(table.getRow(table.getNumberOfRows() - 1)).get(0)).isEqualTo("备注");
			assertBlankForSigning(rowStartingWith(table, "分管（联系）局领导意见"));
		}
	}

	@Test
	void seed000TheDeedFormListsItsTeamUnderTheSeedsWording() throws IOException {
		Draft draft = draft("seed000", "综合执法系统最感动群众十件实事",
				scenario -> scenario.stationedSquadron(scenario.office, scenario.unit(UnitType.TOWN, scenario.office)));
		try (XWPFDocument document = draft.form()) {
			assertThat(paragraphsBeforeTable(document)).startsWith("青岛西海岸新区综合行政执法局",
					"“综合执法系统最感动群众十件实事”申报表");
			// the attachment's 联系人及联系电话 spans the two answers it is asked as, the phone checked as one
			assertThat(labels(document)).containsExactly("实事简称", "实事涉及的人员（部门、集体、团队）",
					"若该实事涉及人员属于部门、集体或团队，请按参与的重要程度依次排序注明", "序号", "姓名", "政治面貌", "职务", "联系人及联系电话", "联系人",
					"联系电话", "主要事迹", "部门负责人意见", "镇街（功能区、保护区）意见", "分管（联系）局领导意见", "备注");
		}
	}

	@Test
	void seed000ADirectSquadronsFormHasNoTownRow() throws IOException {
		Draft draft = draft("seed000", "最美综合执法人", scenario -> scenario.unit(UnitType.DIRECT_SQUADRON, scenario.office));
		try (XWPFDocument document = draft.form()) {
			assertThat(labels(document)).endsWith("主要事迹", "部门负责人意见", "分管（联系）局领导意见", "备注");
		}
	}

	@Test
	void seed003TheProjectFormHasItsCoverPageAndThreeSealedOpinions() throws IOException {
		Draft draft = draft("seed003", "群众满意度高的实事（服务项目）", scenario -> scenario.unit(UnitType.COUNTY, scenario.office));
		try (XWPFDocument document = draft.form()) {
			assertThat(paragraphsBeforeTable(document)).containsSubsequence("洛阳市群众满意度高的实事（服务项目）", "推  荐  表",
					"实事项目名称：" + draft.unnamed(), "推荐单位（盖章）：" + draft.unit.getName(), "填报日期：      年    月    日",
					"填 表 说 明",
					"一、本表是洛阳市党史学习教育“我为群众办实事”实践活动群众满意度高的实事（服务项目）推荐表，由各推荐单位填写。各县区推荐的，需填写党史学习教育领导小组名称并加盖公章。市直各单位、各人民团体、市属各重点企业和高等院校推荐的，需填写单位名称并加盖公章。",
					"七、一式两份，规格为A4纸，正反面打印。", "洛阳市群众满意度高的实事（服务项目）推荐表");
			assertThat(labels(document)).containsExactly("实事项目名称", "项目起始时间", "项目完成时间", "牵头责任单位", "配合责任单位",
					"县级以上责任领导", "职务（职级）", "项目联络员及联系方式", "姓名", "职务", "联系电话", "邮政编码", "通讯地址",
					"市级以上主流新闻媒体宣传报道情况", "项目概述及亮点成效", "典型事迹材料", "责任单位意见", "县区党史学习教育领导小组推荐意见",
					"洛阳市委党史学习教育领导小组审批意见");
			XWPFTable table = document.getTables().get(0);
			XWPFTableRow liaison = rowStartingWith(table, "项目联络员及联系方式");
			assertThat(texts(liaison)).containsExactly("项目联络员及联系方式", "姓名", "", "职务", "");
			assertThat(merge(liaison.getCell(0))).isEqualTo(STMerge.RESTART);
			int next = table.getRows().indexOf(liaison);
			assertThat(texts(table.getRow(next + 1)).subList(1, 5)).containsExactly("联系电话", "", "邮政编码", "");
			assertThat(texts(table.getRow(next + 2)).subList(1, 3)).containsExactly("通讯地址", "");
			assertThat(merge(table.getRow(next + 2).getCell(0))).isEqualTo(STMerge.CONTINUE);
			for (String opinion : List.of("责任单位意见", "县区党史学习教育领导小组推荐意见", "洛阳市委党史学习教育领导小组审批意见")) {
				assertThat(rowStartingWith(table, opinion).getCell(1).getText()).contains("（盖章）");
			}
		}
	}

	@Test
	void seed003TheOrganisationFormHasItsCoverPage() throws IOException {
		Draft draft = draft("seed003", "先进服务单位（团队）", scenario -> scenario.unit(UnitType.CITY_DEPARTMENT, scenario.office));
		try (XWPFDocument document = draft.form()) {
			assertThat(paragraphsBeforeTable(document)).containsSubsequence("洛阳市“我为群众办实事”先进服务单位（团队）推荐表",
					"候选组织名称：" + draft.unnamed(), "填 表 说 明", "三、候选组织名称填写全称。");
			assertThat(labels(document)).containsExactly("候选组织名称", "组织类别", "为群众办实事主要项目", "组织负责人及联系方式", "负责人", "职务", "联系电话",
					"邮政编码", "通讯地址", "获奖情况", "主要事迹", "典型事迹材料", "工作单位意见", "所在单位纪检监察部门意见",
					"洛阳市委党史学习教育领导小组审批意见");
		}
	}

	@Test
	void seed003ThePartyMemberFormHasItsCoverPageAndThePortraitCell() throws IOException {
		Draft draft = draft("seed003", "党员服务标兵", scenario -> scenario.unit(UnitType.CITY_DEPARTMENT, scenario.office));
		try (XWPFDocument document = draft.form()) {
			assertThat(paragraphsBeforeTable(document)).containsSubsequence("洛阳市“我为群众办实事”党员服务标兵", "推  荐  表",
					"候选人姓名：" + draft.unnamed(), "填 表 说 明");
			assertThat(labels(document)).containsExactly("姓名", "性别", "民族", "政治面貌", "籍贯", "出生日期", "工作单位", "家庭住址",
					"通信地址", "邮政编码", "联系电话", "电子邮箱", "身份证号码", "工作单位联系方式", "联系人", "职务", "联系电话", "邮政编码",
					"个人简历", "起始年月", "截止年月", "单位及职务", "获奖情况", "主要事迹", "典型事迹材料", "工作单位意见",
					"工作单位纪检监察部门意见", "洛阳市委党史学习教育领导小组审批意见");
			assertThat(last(document.getTables().get(0).getRow(0)).getText()).isEqualTo("照  片（近期2寸免冠蓝底彩色照片）");
		}
	}

	@Test
	void seed002TheApprovalFormEndsWithTheProvincesApproval() throws IOException {
		Draft draft = draft("seed002", "“最美应急人”", scenario -> scenario.unit(UnitType.COUNTY, scenario.office));
		assertPrinted(draft, "“最美应急人”推荐审批表", "姓名", "性别", "出生年月", "民族", "政治面貌", "学历", "工作单位及职务",
				"参加工作时间", "联系电话", "获奖情况", "主要事迹", "组织人事部门意见", "纪检监察部门意见", "市应急管理局意见", "省应急管理厅审批意见");
		try (XWPFDocument document = draft.form()) {
			assertThat(last(document.getTables().get(0).getRow(0)).getText()).isEqualTo("照片");
		}
	}

	@Test
	void seed002TheConsultationFormCollectsTheSameLevelDepartmentsOpinions() throws IOException {
		Draft draft = draft("seed002", "“最美应急人”", scenario -> scenario.unit(UnitType.COUNTY, scenario.office));
		NominationSheet sheet = as(draft.clerk, () -> this.sheets.consultationOf(draft.id, CHINESE)).orElseThrow();
		try (XWPFDocument document = read(sheet)) {
			assertThat(paragraphsBeforeTable(document)).startsWith("“最美应急人”征求意见表");
			assertThat(labels(document)).containsExactly("姓名", "性别", "出生年月", "政治面貌", "工作单位及职务", "纪检监察部门意见",
					"组织人事部门意见", "公安部门意见", "其他有关部门意见");
			assertBlankForSigning(rowStartingWith(document.getTables().get(0), "公安部门意见"));
		}
	}

	@Test
	void seed002TheConsultationFormIsDownloadedAsWord() throws Exception {
		Draft draft = draft("seed002", "“最美应急人”", scenario -> scenario.unit(UnitType.COUNTY, scenario.office));
		this.mvc.perform(get("/nominations/{id}/consultation.docx", draft.id).with(user(draft.clerk)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(NominationDocx.CONTENT_TYPE));
	}

	@Test
	void seed003HasNoConsultationForm() throws Exception {
		Draft draft = draft("seed003", "党员服务标兵", scenario -> scenario.unit(UnitType.CITY_DEPARTMENT, scenario.office));
		assertThat(as(draft.clerk, () -> this.sheets.consultationOf(draft.id, CHINESE))).isEmpty();
		this.mvc.perform(get("/nominations/{id}/consultation.docx", draft.id).with(user(draft.clerk)))
			.andExpect(status().isNotFound());
	}

	@Test
	void seed004ABasicLevelPartyOrganisationIsNominatedOnAnOrganisationForm() throws IOException {
		Draft draft = draft("seed004", "先进基层党组织", scenario -> scenario.unit(UnitType.PARTY_BRANCH, scenario.office));
		assertPrinted(draft, "先进基层党组织推荐审批表", "党组织名称", "党组织书记", "党员人数", "联系人", "联系电话", "主要事迹",
				"纪检监察部门意见", "镇组织办审核意见", "镇党委审批意见");
	}

	@Test
	void seed004AnOutstandingCommunistsFormAsksWhetherTheyAreABranchSecretary() throws IOException {
		Draft draft = draft("seed004", "优秀共产党员", scenario -> scenario.unit(UnitType.PARTY_BRANCH, scenario.office));
		assertPrinted(draft, "优秀共产党员推荐审批表", "姓名", "性别", "出生年月", "民族", "政治面貌", "入党时间", "文化程度",
				"是否支部书记", "工作单位及职务", "联系电话", "主要事迹", "纪检监察部门意见", "镇组织办审核意见", "镇党委审批意见");
	}

	@Test
	void seed004AnOutstandingPartyWorkersFormAsksTheirYearsOfPartyWork() throws IOException {
		Draft draft = draft("seed004", "优秀党务工作者", scenario -> scenario.unit(UnitType.PARTY_BRANCH, scenario.office));
		assertPrinted(draft, "优秀党务工作者推荐审批表", "姓名", "性别", "出生年月", "民族", "政治面貌", "入党时间", "文化程度",
				"是否支部书记", "工作单位及职务", "从事党务工作年限", "联系电话", "主要事迹", "纪检监察部门意见", "镇组织办审核意见",
				"镇党委审批意见");
	}

	@Test
	void seed004ABranchSecretaryAnsweredOnTheFormIsWhatTheShareCapCounts() {
		Draft draft = draft("seed004", "优秀共产党员", scenario -> scenario.unit(UnitType.PARTY_BRANCH, scenario.office));
		for (String answer : List.of("是", "否")) {
			// the separate tick box says the opposite: the form's answer wins
			Nomination saved = as(draft.clerk, () -> this.workflow.saveDraft(draft.id, new Drafting.Revision(
					new Answers(Map.of("name", "钱党员", "branchSecretary", answer), Map.of()), null,
					!answer.equals("是"), List.of())));
			assertThat(saved.isShareCapped()).as(answer).isEqualTo(answer.equals("是"));
		}
	}

	@Test
	void seed001APocketParkBuilderIsStaffWithAWorkplace() throws IOException {
		Draft draft = draft("seed001", "“最美城管人”之“最美口袋公园建设者”",
				scenario -> scenario.unit(UnitType.CITY_DEPARTMENT, scenario.office));
		assertPrinted(draft, "临沂市第六届“最美城管人”之“最美口袋公园建设者”推荐表", "姓名", "性别", "出生年月", "民族", "政治面貌", "文化程度", "人员类别",
				"工作单位及职务", "联系电话", "简要事迹材料", "推荐单位意见", "评选领导小组办公室审核意见");
		assertThat(this.workflow.formOf(as(draft.clerk, () -> this.workflow.read(draft.id))).field("workplaceAndPost")
			.required()).isTrue();
	}

	@Test
	void seed001ANewCitizenNeedsNoWorkplace() throws IOException {
		Draft draft = draft("seed001", "“最美城管人”之“最美新市民”",
				scenario -> scenario.unit(UnitType.CITY_DEPARTMENT, scenario.office));
		assertPrinted(draft, "临沂市第六届“最美城管人”之“最美新市民”推荐表", "姓名", "性别", "出生年月", "民族", "政治面貌", "身份", "工作单位及职务",
				"联系电话", "简要事迹材料", "推荐单位意见", "评选领导小组办公室审核意见");
		assertThat(this.workflow.formOf(as(draft.clerk, () -> this.workflow.read(draft.id))).field("workplaceAndPost")
			.required()).isFalse();
	}

	/** The draft's form has {@code title} and these labels, row by row. */
	private static void assertPrinted(Draft draft, String title, String... labels) throws IOException {
		try (XWPFDocument document = draft.form()) {
			assertThat(paragraphsBeforeTable(document)).startsWith(title);
			assertThat(labels(document)).containsExactly(labels);
		}
	}

	/** A clerk's fresh draft in a campaign made today from the seed's template. */
	private record Draft(SeedFormsTests tests, LaurelUser clerk, Unit unit, long id) {

		XWPFDocument form() {
			return this.tests.read(as(this.clerk, () -> this.tests.sheets.of(this.id, CHINESE)));
		}

		/** What a draft is called before its first answer. */
		String unnamed() {
			return as(this.clerk, () -> this.tests.sheets.of(this.id, CHINESE)).nomineeName();
		}

	}

	private Draft draft(String template, String categoryName, Function<NominationScenario, Unit> nominator) {
		NominationScenario scenario = this.scenarios.create();
		long campaignId = as(scenario.organiser,
				() -> this.templates.create(scenario.office.getId(), template, LocalDate.now()).getId());
		as(scenario.organiser, () -> this.setup.advance(campaignId, null));
		Category category = as(scenario.organiser, () -> this.setup.categoriesOf(campaignId))
			.stream()
			.filter(c -> c.getName().equals(categoryName))
			.findFirst()
			.orElseThrow();
		Unit unit = nominator.apply(scenario);
		LaurelUser clerk = scenario.account(Role.CLERK, unit, null);
		long id = as(clerk, () -> this.workflow.startDraft(category.getId()).getId());
		return new Draft(this, clerk, unit, id);
	}

	private XWPFDocument read(NominationSheet sheet) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.docx.write(sheet, CHINESE, out);
			return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The texts of the paragraphs printed before the form's table: cover page, heading and title. */
	private static List<String> paragraphsBeforeTable(XWPFDocument document) {
		List<String> texts = new ArrayList<>();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFTable) {
				break;
			}
			String text = ((XWPFParagraph) element).getText();
			if (!text.isBlank()) {
				texts.add(text);
			}
		}
		return texts;
	}

	/** The shaded label cells of the table, row by row, left to right. */
	private static List<String> labels(XWPFDocument document) {
		List<String> labels = new ArrayList<>();
		for (XWPFTableRow row : document.getTables().get(0).getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				if (LABEL_SHADE.equals(cell.getColor())) {
					labels.add(cell.getText());
				}
			}
		}
		return labels;
	}

	/** An opinion cell a draft prints: nothing but the blanks to sign, seal and date by hand. */
	private static void assertBlankForSigning(XWPFTableRow row) {
		assertThat(row.getCell(1).getText().replaceAll("\\s", "")).matches("签字：(（盖章）)?年月日");
	}

	private static XWPFTableRow rowStartingWith(XWPFTable table, String label) {
		return table.getRows().stream().filter(row -> row.getCell(0).getText().equals(label)).findFirst().orElseThrow();
	}

	private static List<String> texts(XWPFTableRow row) {
		return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
	}

	private static XWPFTableCell last(XWPFTableRow row) {
		return row.getTableCells().get(row.getTableCells().size() - 1);
	}

	private static STMerge.Enum merge(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return (properties.getVMerge() == null) ? null
				: (properties.getVMerge().getVal() == null) ? STMerge.CONTINUE : properties.getVMerge().getVal();
	}

}
