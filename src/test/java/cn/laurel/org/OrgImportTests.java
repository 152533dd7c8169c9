package cn.laurel.org;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import cn.laurel.LaurelIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Excel import end to end: template, upload, all-or-nothing, file checks, the API. */
@LaurelIntegrationTest
class OrgImportTests {

	private static final String PASSWORD = "Start2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	private LaurelUser admin;

	private OrgTestData data;

	private String bureau;

	private String town;

	private String squadron;

	private String clerk;

	@BeforeEach
	void data() {
		this.data = new OrgTestData(this.units, this.accounts, this.passwordEncoder);
		this.admin = OrgTestData.signedIn(this.data.account(Role.ADMIN, null));
		this.bureau = OrgTestData.unique("bureau");
		this.town = OrgTestData.unique("town");
		this.squadron = OrgTestData.unique("sq");
		this.clerk = OrgTestData.unique("clerk");
	}

	@Test
	void aGoodFileImportsUnitsAndAccountsEvenWithParentsAfterChildren() throws Exception {
		byte[] file = workbook(
				List.of(row(this.squadron, "城关派驻中队", "派驻中队", this.bureau, this.town, "2"),
						row(this.bureau, "县城管局", "主办机关", "", "", "1"),
						row(this.town, "城关镇", "镇街（功能区）", "", "", "")),
				List.of(row(this.clerk, "张经办", "推荐单位经办人", this.squadron, "", PASSWORD),
						row(this.clerk + "e", "李审核", "审核人", this.town, "镇街", PASSWORD)));

		MvcResult result = upload(file).andExpect(status().isOk())
			.andExpect(content().string(containsString("导入完成")))
			.andReturn();

		OrgImport.ImportOutcome outcome = (OrgImport.ImportOutcome) result.getModelAndView().getModel().get("outcome");
		assertThat(outcome.unitsCreated()).isEqualTo(3);
		assertThat(outcome.accountsCreated()).isEqualTo(2);
		Unit bureauUnit = this.units.findByCode(this.bureau).orElseThrow();
		Unit townUnit = this.units.findByCode(this.town).orElseThrow();
		Unit squadronUnit = this.units.findByCode(this.squadron).orElseThrow();
		assertThat(squadronUnit.getParentId()).isEqualTo(bureauUnit.getId());
		assertThat(squadronUnit.getStationedAtId()).isEqualTo(townUnit.getId());
		assertThat(squadronUnit.getSortOrder()).isEqualTo(2);
		Account clerkAccount = this.accounts.findByUsername(this.clerk).orElseThrow();
		assertThat(clerkAccount.getUnitId()).isEqualTo(squadronUnit.getId());
		assertThat(clerkAccount.isMustChangePassword()).isTrue();
		assertThat(this.passwordEncoder.matches(PASSWORD, clerkAccount.getPasswordHash())).isTrue();
		assertThat(this.accounts.findByUsername(this.clerk + "e").orElseThrow().getCapacity())
			.isEqualTo(Capacity.TOWN);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'unit.created' and subject_id = ?")
			.param(String.valueOf(squadronUnit.getId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void oneBadRowAmongGoodOnesImportsNothingAndNamesTheRowAndReason() throws Exception {
		byte[] file = workbook(
				List.of(row(this.bureau, "县城管局", "主办机关", "", "", ""),
						row(this.town, "城关镇", "镇街（功能区）", this.bureau, "", ""),
						row(this.squadron, "派驻中队", "街道办事处", this.bureau, "", "")),
				List.of(row(this.clerk, "张经办", "推荐单位经办人", this.bureau, "", PASSWORD)));

		MvcResult result = upload(file).andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入任何数据")))
			.andExpect(content().string(containsString("单位类型“街道办事处”无法识别")))
			.andReturn();

		@SuppressWarnings("unchecked")
		List<ImportProblem.Described> problems = (List<ImportProblem.Described>) result.getModelAndView()
			.getModel()
			.get("problems");
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.sheet()).isEqualTo("单位");
			assertThat(problem.row()).isEqualTo(4);
		});
		assertThat(this.units.findByCode(this.bureau)).isEmpty();
		assertThat(this.units.findByCode(this.town)).isEmpty();
		assertThat(this.accounts.findByUsername(this.clerk)).isEmpty();
	}

	@Test
	void storedUnitsAreUpdatedAndAccountsMustBeNew() throws Exception {
		Unit stored = this.data.unit(UnitType.OTHER, null);
		Unit parent = this.data.unit(UnitType.AUTHORITY, null);
		Account existing = this.data.account(Role.JUDGE, null);

		upload(workbook(List.of(row(stored.getCode(), "改名后的单位", "市直单位", parent.getCode(), "", "")),
				List.of(row(existing.getUsername(), "重复", "评委", "", "", PASSWORD))))
			.andExpect(content().string(containsString("用户名“" + existing.getUsername() + "”已存在")));
		assertThat(this.units.findById(stored.getId()).orElseThrow().getName()).isEqualTo(stored.getName());

		upload(workbook(List.of(row(stored.getCode(), "改名后的单位", "市直单位", parent.getCode(), "", "")), List.of()))
			.andExpect(content().string(containsString("导入完成")));
		Unit updated = this.units.findById(stored.getId()).orElseThrow();
		assertThat(updated.getName()).isEqualTo("改名后的单位");
		assertThat(updated.getType()).isEqualTo(UnitType.CITY_DEPARTMENT);
		assertThat(updated.getParentId()).isEqualTo(parent.getId());
	}

	@Test
	void aTextFileRenamedToXlsxIsRefused() throws Exception {
		upload("单位编码,单位名称\nA,甲\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(containsString("文件不是有效的 Excel 工作簿")));
	}

	@Test
	void aZipArchiveThatIsNoWorkbookIsRefused() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		upload(out.toByteArray()).andExpect(content().string(containsString("文件不是有效的 Excel 工作簿")));
	}

	@Test
	void aFileLargerThanFiveMegabytesIsRefused() throws Exception {
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		large[0] = 'P';
		large[1] = 'K';
		large[2] = 3;
		large[3] = 4;

		upload(large).andExpect(content().string(containsString("文件超过 5 MB")));
	}

	@Test
	void aWorkbookWithoutTheAccountsSheetIsRefused() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("单位");
			workbook.write(out);

			upload(out.toByteArray()).andExpect(content().string(containsString("文件中没有“账号”工作表")));
		}
	}

	@Test
	void theTemplateHasBothSheetsDropDownsAndInstructionsAndImportsOnceFilledIn() throws Exception {
		byte[] template = this.mvc.perform(get("/admin/import/template").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", OrgWorkbook.CONTENT_TYPE))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("单位");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("账号");
			assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("填写说明");
			XSSFSheet units = workbook.getSheet("单位");
			assertThat(units.getRow(0).getCell(2).getStringCellValue()).isEqualTo("单位类型");
			assertThat(units.getDataValidations()).singleElement()
				.satisfies(validation -> assertThat(validation.getValidationConstraint().getExplicitListValues())
					.contains("派驻中队", "镇街（功能区）"));
			assertThat(workbook.getSheet("账号").getDataValidations()).hasSize(2);

			fill(units, row(this.bureau, "县城管局", "主办机关", "", "", ""));
			fill(workbook.getSheet("账号"), row(this.clerk, "张经办", "组织者", this.bureau, "", PASSWORD));
			workbook.write(out);
			upload(out.toByteArray()).andExpect(content().string(containsString("导入完成")));
		}
		assertThat(this.accounts.findByUsername(this.clerk).orElseThrow().getRole()).isEqualTo(Role.ORGANISER);
	}

	@Test
	void theApiReportsProblemsAsJsonAndImportsAGoodFile() throws Exception {
		byte[] bad = workbook(List.of(row(this.bureau, "", "主办机关", "", "", "")), List.of());
		this.mvc.perform(multipart("/api/v1/admin/import").file(file(bad)).with(user(this.admin)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].sheet").value("单位"))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].message").value("缺少单位名称。"));

		byte[] good = workbook(List.of(row(this.bureau, "县城管局", "主办机关", "", "", "")),
				List.of(row(this.clerk, "张经办", "推荐单位经办人", this.bureau, "", PASSWORD)));
		this.mvc.perform(multipart("/api/v1/admin/import").file(file(good)).with(user(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitsCreated").value(1))
			.andExpect(jsonPath("$.accountsCreated").value(1));

		this.mvc.perform(multipart("/api/v1/admin/import").file(file("hello".getBytes(StandardCharsets.UTF_8)))
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].row").doesNotExist());
	}

	private ResultActions upload(byte[] content) throws Exception {
		return this.mvc.perform(multipart("/admin/import").file(file(content)).with(user(this.admin)).with(csrf()));
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "units.xlsx", OrgWorkbook.CONTENT_TYPE, content);
	}

	private static List<String> row(String... cells) {
		return List.of(cells);
	}

	/** A workbook laid out like the template, with a header row and the given data rows. */
	private static byte[] workbook(List<List<String>> units, List<List<String>> accounts) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet unitSheet = workbook.createSheet("单位");
			fill(unitSheet, row("单位编码", "单位名称", "单位类型", "上级单位编码", "驻在镇街编码", "排序"));
			units.forEach(cells -> fill(unitSheet, cells));
			Sheet accountSheet = workbook.createSheet("账号");
			fill(accountSheet, row("用户名", "姓名", "角色", "所属单位编码", "审核身份", "初始密码"));
			accounts.forEach(cells -> fill(accountSheet, cells));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(Sheet sheet, List<String> cells) {
		Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
		for (int i = 0; i < cells.size(); i++) {
			if (!cells.get(i).isEmpty()) {
				row.createCell(i).setCellValue(cells.get(i));
			}
		}
	}

}
