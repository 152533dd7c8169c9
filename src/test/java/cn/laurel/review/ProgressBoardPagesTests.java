package cn.laurel.review;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The progress board (调度, seeds 001/002) on PostgreSQL: counts per unit and category against the
 * seed 000 limit of 1–2 per unit, units below their minimum marked, the chart and the .xlsx export.
 */
@LaurelIntegrationTest
class ProgressBoardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NominationDriver workflow;

	@Autowired
	Clock clock;

	@Autowired
	ReviewFixture fixture;

	UserDetails organiser;

	Unit idle;

	Unit busy;

	/** A 直属中队 of another organisation: outside the campaign's nominating scope. */
	Unit stranger;

	ReviewFixture.Opened campaign;

	/** Two 直属中队 that may nominate 1–2 each: one only drafted, one submitted twice, once returned. */
	@BeforeEach
	void twoSquadrons() {
		Unit office = this.fixture.unit(UnitType.AUTHORITY, null);
		this.organiser = this.fixture.account(Role.ORGANISER, office, null);
		this.idle = this.fixture.unit(UnitType.DIRECT_SQUADRON, office);
		this.busy = this.fixture.unit(UnitType.DIRECT_SQUADRON, office);
		this.stranger = this.fixture.unit(UnitType.DIRECT_SQUADRON, this.fixture.unit(UnitType.AUTHORITY, null));
		this.campaign = this.fixture.campaign(this.organiser, office, LocalDate.now(this.clock).plusDays(9),
				List.of(new NominationLimit(UnitType.DIRECT_SQUADRON, null, 1, 2)),
				List.of(Chains.step(UnitType.DIRECT_SQUADRON, 1, Capacity.DEPARTMENT_HEAD,
						EndorserUnit.OWN_UNIT, false)));
		this.fixture.draft(this.fixture.clerkOf(this.idle), this.campaign.categoryId(), "草稿中");
		UserDetails busyClerk = this.fixture.clerkOf(this.busy);
		this.fixture.submitted(busyClerk, this.campaign.categoryId(), "待审核");
		long returned = this.fixture.submitted(busyClerk, this.campaign.categoryId(), "被退回");
		UserDetails head = this.fixture.endorser(this.busy, Capacity.DEPARTMENT_HEAD);
		ReviewFixture.as(head, () -> this.workflow.endorse(returned, new Nomination.Opinion(false,
				"请补充材料", "部门负责人", LocalDate.now(this.clock), null, false)));
	}

	@Test
	void theBoardCountsEachUnitsNominationsAndMarksUnitsBelowTheirMinimum() throws Exception {
		Document board = Jsoup.parse(this.mvc
			.perform(get("/campaigns/" + this.campaign.campaignId() + "/board").with(user(this.organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		Element idleTotal = board.selectFirst("tbody[data-unit=" + this.idle.getId() + "] tr.unit-total");
		assertThat(idleTotal.hasClass("below-minimum")).isTrue();
		assertThat(cells(idleTotal)).containsExactly(this.idle.getName(), "全部类别", "1–2 低于最低数", "1", "0", "", "0",
				"0", "0", "0");
		Element busyTotal = board.selectFirst("tbody[data-unit=" + this.busy.getId() + "] tr.unit-total");
		assertThat(busyTotal.hasClass("below-minimum")).isFalse();
		assertThat(cells(busyTotal)).containsExactly(this.busy.getName(), "全部类别", "1–2", "0", "2",
				"部门负责人 1 件（逾期 0 件）", "0", "0", "1", "0");
		Element busyCategory = board
			.selectFirst("tbody[data-unit=" + this.busy.getId() + "] tr.category-" + this.campaign.categoryId());
		assertThat(cells(busyCategory).get(4)).isEqualTo("2");
		assertThat(board.select("svg.board-chart text").eachText()).contains(this.idle.getName(), this.busy.getName());
		assertThat(board.select("tbody[data-unit=" + this.stranger.getId() + "]")).isEmpty();
		assertThat(board.select("a.nav-link.active").eachText()).containsExactly("初审与调度");
		assertThat(board.select("svg.board-chart rect.progress-WAITING")).isNotEmpty();
	}

	@Test
	void theBoardExportsAsAnXlsxWithTheUnitsBelowTheirMinimumMarked() throws Exception {
		byte[] bytes = this.mvc
			.perform(get("/campaigns/" + this.campaign.campaignId() + "/board.xlsx").with(user(this.organiser)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位");
			Row idleTotal = rowOf(sheet, this.idle.getName());
			assertThat(idleTotal.getCell(2).getStringCellValue()).isEqualTo("1-2");
			assertThat(idleTotal.getCell(3).getNumericCellValue()).isEqualTo(1);
			assertThat(idleTotal.getCell(10).getStringCellValue()).isEqualTo("是");
			Row busyTotal = rowOf(sheet, this.busy.getName());
			assertThat(busyTotal.getCell(4).getNumericCellValue()).isEqualTo(2);
			assertThat(busyTotal.getCell(5).getStringCellValue()).isEqualTo("部门负责人 1 件（逾期 0 件）");
			assertThat(busyTotal.getCell(8).getNumericCellValue()).isEqualTo(1);
			assertThat(busyTotal.getCell(10).getStringCellValue()).isEqualTo("否");
		}
	}

	private static List<String> cells(Element row) {
		return row.select("th, td").stream().map(Element::text).toList();
	}

	/** The unit's first line: its total over all categories. */
	private static Row rowOf(Sheet sheet, String unit) {
		for (Row row : sheet) {
			if (row.getCell(0).getStringCellValue().equals(unit)) {
				return row;
			}
		}
		throw new AssertionError("no line for " + unit);
	}

}
