package cn.laurel.event;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 004's 政务开放日 from its template to its report: the plan as written, the quota refusing the 21st
 * 两代表一委员, public sign-up approved, check-in at the door, the 征求意见表 by phone and on paper with owners and
 * replies, and the report's counts read back from the .xlsx and the .docx.
 */
@LaurelIntegrationTest
class OpenDayWalkTests {

	private static final String REPRESENTATIVES = "基层“两代表一委员”代表";

	private static final String RESIDENTS = "基层群众代表";

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	EventTemplates templates;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registration registration;

	@Autowired
	Consultation consultation;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	NominationScenario scenario;

	Event event;

	@BeforeEach
	void seed004sOpenDayFromItsTemplate() {
		this.scenario = this.scenarios.create();
		this.event = as(this.scenario.organiser, () -> this.templates.create(this.scenario.office.getId(),
				"seed004-open-day", LocalDate.of(2022, 5, 30), null));
	}

	@Test
	void theTemplateIsThePlanAsWritten() throws Exception {
		EventOverview overview = as(this.scenario.organiser, () -> this.planning.overview(this.event.getId()));
		assertThat(overview.event().getTitle()).isEqualTo("2022年“政务开放日”活动");
		assertThat(overview.event().getDetails().theme()).isEqualTo("提升服务效能，打造阳光政务");
		assertThat(overview.groups()).extracting(g -> g.name() + " " + g.quota())
			.containsExactly(REPRESENTATIVES + " 20", RESIDENTS + " 5", "企业代表 5");
		assertThat(overview.agenda()).extracting(AgendaItem::title)
			.containsExactly("实地观摩", "机关参观", "情况汇报", "政策宣讲", "答疑解惑", "意见征集");
		assertThat(overview.agenda().get(0).place()).isEqualTo("XX坝秸秆收储中心");
		assertThat(overview.agenda().get(0).presenter()).isEqualTo("党委书记XXX");
		assertThat(overview.agenda().get(1).presenter()).isEqualTo("镇长XX");
		assertThat(overview.agendaParts()).hasSize(3);

		String plan = docxText(download("/events/" + this.event.getId() + "/plan.docx"));
		assertThat(plan).contains("2022年“政务开放日”活动实施方案", "一、总体目标", "提升服务效能，打造阳光政务",
				"2022年5月30日", "1." + REPRESENTATIVES + "20人", "（一）实地观摩", "（三）召开座谈会", "4.意见征集。",
				"发放征求意见表，积极收集意见建议", this.scenario.office.getName());
	}

	@Test
	void fromTemplateToReport() throws Exception {
		long id = this.event.getId();
		EventOverview planned = as(this.scenario.organiser, () -> this.planning.overview(id));
		long representatives = groupId(planned, REPRESENTATIVES);
		long residents = groupId(planned, RESIDENTS);
		as(this.scenario.organiser, () -> this.planning.advance(id, EventStatus.OPEN));

		List<Participant> invited = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Participant.Person person = new Participant.Person("代表" + i, "XX村", phone(), i == 0 ? "11010519491231002X" : null);
			invited.add(as(this.scenario.organiser, () -> this.registration.invite(id, representatives, person)));
		}
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.registration.invite(id, representatives,
				new Participant.Person("第二十一位", "XX村", phone(), null))))
			.isInstanceOf(EventRefused.class)
			.hasMessage("event.group.full");

		String residentPhone = phone();
		Participant applicant = this.registration.signUp(this.event.getPublicKey(), residents,
				new Participant.Person("李群众", "XX社区", residentPhone, null));
		assertThat(applicant.getStatus()).isEqualTo(ParticipantStatus.APPLIED);
		as(this.scenario.organiser, () -> this.registration.approve(id, applicant.getId()));

		as(this.scenario.organiser, () -> this.planning.advance(id, EventStatus.UNDER_WAY));
		this.registration.checkInByPhone(this.event.getPublicKey(), residentPhone);
		this.registration.checkInByToken(invited.get(0).getToken());
		as(this.scenario.organiser, () -> this.registration.checkIn(id, invited.get(1).getId()));
		assertThatThrownBy(() -> this.registration.checkInByPhone(this.event.getPublicKey(), "13000000000"))
			.hasMessage("event.check-in.not-on-list");

		Opinion roads = this.consultation.submit(this.event.getPublicKey(),
				new Opinion.Form("热点问题和民生事项", "村里道路需要硬化。", "李群众", "XX社区", residentPhone));
		Opinion straw = this.consultation.submit(this.event.getPublicKey(),
				new Opinion.Form("热点问题和民生事项", "秸秆收储点离村太远。", null, null, null));
		as(this.scenario.organiser, () -> this.planning.advance(id, EventStatus.CONCLUDED));
		Opinion policy = as(this.scenario.organiser, () -> this.consultation.enter(id,
				new Opinion.Form("政策解读", "希望多讲惠农补贴政策。", "代表0", null, null)));
		as(this.scenario.organiser, () -> {
			this.consultation.assign(id, roads.getId(), "镇交通办");
			this.consultation.reply(id, roads.getId(), "已列入明年道路硬化计划。");
			this.consultation.assign(id, policy.getId(), "镇农业农村办");
			this.consultation.reply(id, policy.getId(), "将在各村开展惠农政策专场宣讲。");
			this.consultation.assign(id, straw.getId(), "镇经发办");
		});

		EventOverview done = as(this.scenario.organiser, () -> this.planning.overview(id));
		Map<String, EventOverview.GroupFigures> figures = done.figures()
			.stream()
			.collect(Collectors.toMap(f -> f.group().name(), Function.identity()));
		assertThat(figures.get(REPRESENTATIVES).seated()).isEqualTo(20);
		assertThat(figures.get(REPRESENTATIVES).checkedIn()).isEqualTo(2);
		assertThat(figures.get(RESIDENTS).checkedIn()).isEqualTo(1);

		try (XSSFWorkbook report = workbook(download("/events/" + id + "/report.xlsx"))) {
			Map<String, List<String>> byTopic = rows(report.getSheet("分类统计"));
			assertThat(byTopic.get("热点问题和民生事项")).containsExactly("2", "1");
			assertThat(byTopic.get("政策解读")).containsExactly("1", "1");
			assertThat(byTopic.get("其他意见建议")).containsExactly("0", "0");
			Map<String, List<String>> opinions = rows(report.getSheet("意见及答复"));
			assertThat(opinions.get("热点问题和民生事项")).contains("镇交通办", "已列入明年道路硬化计划。");
			assertThat(report.getSheet("意见及答复").getRow(1).getCell(5).getStringCellValue())
				.isEqualTo(residentPhone.substring(0, 3) + "****" + residentPhone.substring(7));
			Map<String, List<String>> attendance = rows(report.getSheet("签到情况"));
			assertThat(attendance.get(REPRESENTATIVES)).containsExactly("20", "20", "2");
			assertThat(attendance.get(RESIDENTS)).containsExactly("5", "1", "1");
		}
		String report = docxText(download("/events/" + id + "/report.docx"));
		assertThat(report).contains("意见征集情况报告", "共收到意见建议3条，已答复2条。", "热点问题和民生事项：2条，已答复1条。",
				"政策解读：1条，已答复1条。", "答复责任人：镇交通办。答复：已列入明年道路硬化计划。", "答复责任人：镇经发办。尚未答复。",
				REPRESENTATIVES + "：确定参加20人，实到2人。");

		byte[] list = download("/events/" + id + "/participants.xlsx");
		try (XSSFWorkbook participants = workbook(list)) {
			assertThat(participants.getSheetAt(0).getLastRowNum()).isEqualTo(21);
		}
		String listText = new String(list, java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(listText).doesNotContain(residentPhone);
		assertThat(this.jdbc.sql("select phone from event_participant where event_id = ? and name = ?")
			.params(id, "李群众")
			.query(String.class)
			.single()).doesNotContain(residentPhone);
	}

	@Test
	void theOrganisersPagesAndThePublicPageShowTheEvent() throws Exception {
		long id = this.event.getId();
		for (String page : List.of("", "/plan", "/participants", "/opinions")) {
			this.mvc.perform(get("/events/" + id + page).with(organiser(this.scenario)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("2022年“政务开放日”活动")));
		}
		this.mvc.perform(get("/events/" + id + "/plan").with(organiser(this.scenario)))
			.andExpect(content().string(containsString("XX坝秸秆收储中心")));
		this.mvc.perform(get("/events/" + id + "/qr/check-in.png").with(organiser(this.scenario)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		this.mvc.perform(get("/public/events/" + this.event.getPublicKey())).andExpect(status().isNotFound());
		as(this.scenario.organiser, () -> this.planning.advance(id, EventStatus.OPEN));
		this.mvc.perform(get("/public/events/" + this.event.getPublicKey()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("提升服务效能，打造阳光政务")))
			.andExpect(content().string(containsString("/public/events/" + this.event.getPublicKey() + "/sign-up")));
	}

	@Test
	void anotherOfficesOrganiserCannotSeeTheEvent() throws Exception {
		NominationScenario other = this.scenarios.create();
		this.mvc.perform(get("/events/" + this.event.getId()).with(organiser(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/events").with(organiser(this.scenario)))
			.andExpect(content().string(containsString("2022年“政务开放日”活动")));
	}

	private long groupId(EventOverview overview, String name) {
		return overview.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
	}

	private byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path).with(organiser(this.scenario)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private RequestPostProcessor organiser(NominationScenario of) {
		return user(this.users.loadUserByUsername(of.organiser.getUsername()));
	}

	static String phone() {
		return "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
	}

	static String docxText(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static XSSFWorkbook workbook(byte[] xlsx) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	/** Each row's other cells as shown, by its first cell. */
	private static Map<String, List<String>> rows(XSSFSheet sheet) {
		DataFormatter shown = new DataFormatter();
		Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (int c = 1; c < row.getLastCellNum(); c++) {
				cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
			}
			rows.putIfAbsent(shown.formatCellValue(row.getCell(0)), cells);
		}
		return rows;
	}

}
