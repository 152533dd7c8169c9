package cn.laurel.review;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.system.ReasonMessages;
import cn.laurel.system.Refusal;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The finding of issue 16 on PostgreSQL: a 县区 limited to 2 got 3 when one came from a 乡镇 below it. A limit
 * over the units below counts the county's whole tree; one on the unit alone still counts only its own.
 */
@LaurelIntegrationTest
class LimitsOverTheUnitTreeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NominationDriver workflow;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	ReviewFixture fixture;

	UserDetails organiser;

	Unit office;

	Unit county;

	Unit town;

	UserDetails countyClerk;

	@BeforeEach
	void aCountyWithATownBelowIt() {
		this.office = this.fixture.unit(UnitType.AUTHORITY, null);
		this.organiser = this.fixture.account(Role.ORGANISER, this.office, null);
		this.county = this.fixture.unit(UnitType.COUNTY, this.office);
		this.town = this.fixture.unit(UnitType.TOWN, this.county);
		this.countyClerk = this.fixture.clerkOf(this.county);
	}

	ReviewFixture.Opened campaign(NominationLimit.Reach reach) {
		return this.fixture.campaign(this.organiser, this.office, LocalDate.now(this.clock).plusDays(9),
				List.of(new NominationLimit(UnitType.COUNTY, null, 0, 2, reach)), List.of());
	}

	/** A campaign where the county, limited to 2, has submitted 张三 and 李四 itself. */
	ReviewFixture.Opened countyWithTwo(NominationLimit.Reach reach) {
		ReviewFixture.Opened campaign = campaign(reach);
		this.fixture.submitted(this.countyClerk, campaign.categoryId(), "张三");
		this.fixture.submitted(this.countyClerk, campaign.categoryId(), "李四");
		return campaign;
	}

	List<Violation> submit(UserDetails clerk, long id, String name) {
		return ReviewFixture.as(clerk, () -> this.workflow.submit(id, ReviewFixture.revision(name, List.of())));
	}

	@Test
	void aCountyLimitedToTwoWithTheUnitsBelowRefusesTheTownsNominationNamingTheCountyAndItsTwo() {
		ReviewFixture.Opened campaign = countyWithTwo(NominationLimit.Reach.WITH_UNITS_BELOW);
		UserDetails townClerk = this.fixture.clerkOf(this.town);
		long third = this.fixture.draft(townClerk, campaign.categoryId(), "王五");

		List<Violation> refusals = submit(townClerk, third, "王五");

		assertThat(refusals).extracting(Refusal.Reason::code).containsExactly("nomination.rule.tree-unit-limit");
		assertThat(ReasonMessages.render(this.messages, refusals.get(0), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo(this.county.getName() + "及其下属单位最多推荐 2 名（项），名额已由以下推荐占满：张三（"
					+ this.county.getName() + "）、李四（" + this.county.getName() + "）。");
	}

	@Test
	void aLimitOnTheCountyAloneLetsTheTownNominateAndStillStopsTheCountysThird() {
		ReviewFixture.Opened campaign = countyWithTwo(NominationLimit.Reach.UNIT_ALONE);
		this.fixture.submitted(this.fixture.clerkOf(this.town), campaign.categoryId(), "王五");
		long third = this.fixture.draft(this.countyClerk, campaign.categoryId(), "赵六");

		assertThat(submit(this.countyClerk, third, "赵六"))
			.extracting(Refusal.Reason::code)
			.containsExactly("nomination.rule.unit-limit");
	}

	@Test
	void theBoardShowsWhatTheCountysTreeUsesAgainstItsLimit() throws Exception {
		ReviewFixture.Opened campaign = campaign(NominationLimit.Reach.WITH_UNITS_BELOW);
		this.fixture.submitted(this.countyClerk, campaign.categoryId(), "张三");
		this.fixture.submitted(this.fixture.clerkOf(this.town), campaign.categoryId(), "王五");

		Document board = Jsoup.parse(this.mvc
			.perform(get("/campaigns/" + campaign.campaignId() + "/board").with(user(this.organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(board.selectFirst("tbody[data-unit=" + this.county.getId() + "] tr.unit-total td.limit .tree-use")
			.text()).isEqualTo("含下属单位已用 2 / 2");
		byte[] xlsx = this.mvc.perform(get("/campaigns/" + campaign.campaignId() + "/board.xlsx").with(user(this.organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(StreamSupport.stream(workbook.getSheetAt(0).spliterator(), false)
				.filter(row -> row.getCell(0).getStringCellValue().equals(this.county.getName()))
				.map(row -> row.getCell(2).getStringCellValue())
				.findFirst()).hasValueSatisfying(limit -> assertThat(limit).endsWith("（含下属单位已用 2 / 2）"));
		}
		assertThat(board.selectFirst("tbody[data-unit=" + this.town.getId() + "] tr.unit-total td.limit .tree-use"))
			.isNull();
	}

}
