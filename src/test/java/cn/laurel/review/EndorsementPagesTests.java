package cn.laurel.review;

import java.awt.Color;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.nomination.Endorsement;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationRefused;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The endorsement chain through the endorsers' desk, on PostgreSQL: seed 000's 派驻中队 chain
 * 部门负责人 → 镇街 (seal) → 分管局领导, disagreements, the 纪检监察 veto, and who sees what.
 */
@LaurelIntegrationTest
class EndorsementPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NominationDriver workflow;

	@Autowired
	Clock clock;

	@Autowired
	ReviewFixture fixture;

	Unit bureau;

	Unit town;

	Unit squadron;

	UserDetails clerk;

	UserDetails head;

	UserDetails townEndorser;

	UserDetails leader;

	ReviewFixture.Opened campaign;

	/** Seed 000: a bureau, a town, a 派驻中队 of the bureau stationed in it, and the chain's endorsers. */
	@BeforeEach
	void seed000() {
		this.bureau = this.fixture.unit(UnitType.AUTHORITY, null);
		this.town = this.fixture.unit(UnitType.TOWN, null);
		this.squadron = this.fixture.squadronStationedAt(this.town, this.bureau);
		this.clerk = this.fixture.clerkOf(this.squadron);
		this.head = this.fixture.endorser(this.squadron, Capacity.DEPARTMENT_HEAD);
		this.townEndorser = this.fixture.endorser(this.town, Capacity.TOWN);
		this.leader = this.fixture.endorser(this.bureau, Capacity.LEADER_IN_CHARGE);
		Unit office = this.fixture.unit(UnitType.AUTHORITY, this.bureau);
		this.campaign = this.fixture.campaign(this.fixture.account(Role.ORGANISER, office, null), office,
				LocalDate.now(this.clock).plusDays(9),
				List.of(new NominationLimit(UnitType.STATIONED_SQUADRON, null, 1, 2)),
				ReviewFixture.seed000StationedChain());
	}

	@Test
	void aStationedSquadronsNominationWalksDepartmentHeadThenTownWithSealThenLeaderInChargeTo初审() throws Exception {
		long id = this.fixture.submitted(this.clerk, this.campaign.categoryId(), "张三");
		String arrived = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(this.fixture.read(this.clerk, id).waitingSince().orElseThrow().atZone(ZoneId.of("Asia/Shanghai")));

		this.mvc.perform(get("/endorsements").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("张三")))
			.andExpect(content().string(containsString(arrived)))
			.andExpect(content().string(containsString(this.squadron.getName())))
			.andExpect(content().string(containsString("/endorsements/" + id)));
		this.mvc.perform(get("/endorsements").with(user(this.townEndorser)))
			.andExpect(content().string(not(containsString("/endorsements/" + id))));

		agree(this.head, id).andExpect(redirectedUrl("/endorsements"))
			.andExpect(flash().attribute("message", "review.endorse.done"));
		assertThat(waitingCapacity(id)).isEqualTo(Capacity.TOWN);

		this.mvc.perform(get("/endorsements/" + id).with(user(this.townEndorser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sealImage\"")))
			.andExpect(content().string(containsString("hx-get=\"/nominations/" + id + "/sheet\"")));
		this.mvc.perform(agreeing(multipart("/endorsements/" + id).file(seal()), this.townEndorser))
			.andExpect(redirectedUrl("/endorsements"));
		assertThat(waitingCapacity(id)).isEqualTo(Capacity.LEADER_IN_CHARGE);

		agree(this.leader, id).andExpect(redirectedUrl("/endorsements"));
		Nomination done = this.fixture.read(this.clerk, id);
		assertThat(done.getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(done.currentEndorsements()).extracting(Endorsement::capacity)
			.containsExactly(Capacity.DEPARTMENT_HEAD, Capacity.TOWN, Capacity.LEADER_IN_CHARGE);
		assertThat(done.currentEndorsements().get(1).sealFileId()).isNotNull();
		assertThat(done.currentEndorsements().get(0).signerName()).isEqualTo("部门负责人 签字");
	}

	@Test
	void theTownRefusesAgreementWithoutASealAndShowsTheOpinionAgainAsTyped() throws Exception {
		long id = atTown();

		this.mvc.perform(agreeing(post("/endorsements/" + id), this.townEndorser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此步骤须盖章")))
			.andExpect(content().string(containsString("情况属实，同意推荐。")))
			.andExpect(content().string(containsString("value=\"部门负责人 签字\"")));
		assertThat(waitingCapacity(id)).isEqualTo(Capacity.TOWN);
	}

	@Test
	void theTownAcceptsAnUploadedStampedImageAsItsSeal() throws Exception {
		long id = atTown();

		this.mvc.perform(agreeing(multipart("/endorsements/" + id).file(seal()), this.townEndorser))
			.andExpect(redirectedUrl("/endorsements"));

		Nomination moved = this.fixture.read(this.clerk, id);
		Endorsement sealed = moved.currentEndorsements().get(1);
		assertThat(sealed.sealFileId()).isNotNull();
		assertThat(this.fixture.read(this.clerk, id).getEndorsements()).hasSize(2);
		assertThat(ReviewFixture.as(this.clerk, () -> this.workflow.filesOf(id)))
			.anyMatch(file -> file.id() == sealed.sealFileId() && file.purpose() == FilePurpose.SEAL);
	}

	@Test
	void theTownAcceptsAConfirmedElectronicSeal() throws Exception {
		long id = atTown();

		this.mvc.perform(agreeing(post("/endorsements/" + id), this.townEndorser).param("electronicSeal", "true"))
			.andExpect(redirectedUrl("/endorsements"));

		Endorsement sealed = this.fixture.read(this.clerk, id).currentEndorsements().get(1);
		assertThat(sealed.electronicSeal()).isTrue();
		assertThat(sealed.sealFileId()).isNull();
	}

	@Test
	void aSealImageSentWithARefusedOpinionIsKeptForTheNextTry() throws Exception {
		long id = atTown();

		this.mvc.perform(multipart("/endorsements/" + id).file(seal()).with(user(this.townEndorser)).with(csrf())
				.param("opinion", "同意").param("signerName", "镇街 签字").param("signedOn", "2021-10-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择“同意”或“不同意”。")))
			.andExpect(content().string(containsString("已上传盖章图片“town-seal.png”")));
		Long kept = ReviewFixture.as(this.clerk, () -> this.workflow.filesOf(id))
			.stream()
			.filter(file -> file.purpose() == FilePurpose.SEAL)
			.findFirst()
			.orElseThrow()
			.id();

		this.mvc.perform(agreeing(post("/endorsements/" + id), this.townEndorser).param("sealFileId", kept.toString()))
			.andExpect(redirectedUrl("/endorsements"));
		assertThat(this.fixture.read(this.clerk, id).currentEndorsements().get(1).sealFileId()).isEqualTo(kept);
	}

	@Test
	void disagreeingReturnsTheNominationToTheClerkWithTheReason() throws Exception {
		long id = this.fixture.submitted(this.clerk, this.campaign.categoryId(), "李四");

		this.mvc.perform(post("/endorsements/" + id).with(user(this.head)).with(csrf())
				.param("verdict", "disagree").param("opinion", "").param("signerName", "部门负责人")
				.param("signedOn", LocalDate.now(this.clock).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("选择“不同意”时须填写意见和理由。")));
		assertThat(this.fixture.read(this.clerk, id).getStatus()).isEqualTo(NominationStatus.ENDORSING);

		this.mvc.perform(post("/endorsements/" + id).with(user(this.head)).with(csrf())
				.param("verdict", "disagree").param("opinion", "事迹材料与实际不符，请核实。")
				.param("signerName", "部门负责人").param("signedOn", LocalDate.now(this.clock).toString()))
			.andExpect(redirectedUrl("/endorsements"));

		Nomination returned = this.fixture.read(this.clerk, id);
		assertThat(returned.getStatus()).isEqualTo(NominationStatus.RETURNED);
		assertThat(returned.getHistory().get(returned.getHistory().size() - 1).reason())
			.isEqualTo("事迹材料与实际不符，请核实。");
	}

	@Test
	void aDisciplineInspectionDisagreementVetoesTheNominationForGood() throws Exception {
		Unit office = this.fixture.unit(UnitType.AUTHORITY, null);
		Unit section = this.fixture.unit(UnitType.OFFICE_SECTION, office);
		UserDetails sectionClerk = this.fixture.clerkOf(section);
		UserDetails discipline = this.fixture.endorser(section, Capacity.DISCIPLINE);
		ReviewFixture.Opened seed003 = this.fixture.campaign(this.fixture.account(Role.ORGANISER, office, null), office,
				LocalDate.now(this.clock).plusDays(9), List.of(),
				List.of(Chains.step(UnitType.OFFICE_SECTION, 1, Capacity.DISCIPLINE, EndorserUnit.OWN_UNIT, false)));
		long id = this.fixture.submitted(sectionClerk, seed003.categoryId(), "王五");

		this.mvc.perform(post("/endorsements/" + id).with(user(discipline)).with(csrf())
				.param("verdict", "disagree").param("opinion", "存在违纪问题。").param("signerName", "纪检监察")
				.param("signedOn", LocalDate.now(this.clock).toString()))
			.andExpect(redirectedUrl("/endorsements"));

		assertThat(this.fixture.read(sectionClerk, id).getStatus()).isEqualTo(NominationStatus.VETOED);
		assertThatThrownBy(() -> this.fixture.resubmit(sectionClerk, id, "王五")).isInstanceOf(NominationRefused.class);
	}

	@Test
	void anEndorserOfAnotherTownNeitherSeesNorEndorsesTheNomination() throws Exception {
		long id = atTown();
		Unit otherTown = this.fixture.unit(UnitType.TOWN, null);
		UserDetails stranger = this.fixture.endorser(otherTown, Capacity.TOWN);

		this.mvc.perform(get("/endorsements").with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/endorsements/" + id))));
		this.mvc.perform(get("/endorsements/" + id).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(agreeing(post("/endorsements/" + id), stranger).param("electronicSeal", "true"))
			.andExpect(status().isNotFound());
		this.mvc.perform(multipart("/endorsements/" + id + "/opinion-forms").file(opinionForm())
				.with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(waitingCapacity(id)).isEqualTo(Capacity.TOWN);
		assertThat(this.fixture.read(this.clerk, id).getEndorsements()).hasSize(1);
	}

	@Test
	void anEndorserWhoseStepHasPassedNoLongerSeesTheNominationOnTheDesk() throws Exception {
		long id = atTown();

		this.mvc.perform(get("/endorsements/" + id).with(user(this.head))).andExpect(status().isNotFound());
		this.mvc.perform(get("/endorsements/" + id).with(user(this.leader))).andExpect(status().isNotFound());
	}

	@Test
	void aClerkHasNoEndorsementDesk() throws Exception {
		long id = atTown();

		this.mvc.perform(get("/endorsements").with(user(this.clerk))).andExpect(status().isForbidden());
		this.mvc.perform(get("/endorsements/" + id).with(user(this.clerk))).andExpect(status().isForbidden());
	}

	/** Seed 002 附件4: the 征求意见表 of same-level departments, attached at the step and shown there. */
	@Test
	void theEndorserAttachesTheOpinionFormOfSameLevelDepartmentsAndTheDeskShowsIt() throws Exception {
		long id = this.fixture.submitted(this.clerk, this.campaign.categoryId(), "赵六");

		this.mvc.perform(multipart("/endorsements/" + id + "/opinion-forms").file(opinionForm())
				.with(user(this.head)).with(csrf()))
			.andExpect(redirectedUrl("/endorsements/" + id));
		this.mvc.perform(multipart("/endorsements/" + id + "/opinion-forms")
				.file(new MockMultipartFile("file", "意见.txt", "text/plain", "不是扫描件".getBytes()))
				.with(user(this.head)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件“意见.txt”的类型不符合要求")));

		this.mvc.perform(get("/endorsements/" + id).with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("征求意见表.png")));
		assertThat(ReviewFixture.as(this.clerk, () -> this.workflow.filesOf(id)))
			.filteredOn(file -> file.purpose() == FilePurpose.OPINION_FORM)
			.hasSize(1);
	}

	private long atTown() throws Exception {
		long id = this.fixture.submitted(this.clerk, this.campaign.categoryId(), ReviewFixture.unique("队员"));
		agree(this.head, id).andExpect(redirectedUrl("/endorsements"));
		return id;
	}

	private ResultActions agree(UserDetails endorser, long id) throws Exception {
		return this.mvc.perform(agreeing(post("/endorsements/" + id), endorser));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B agreeing(B request, UserDetails endorser) {
		return request.with(user(endorser)).with(csrf())
			.param("verdict", "agree")
			.param("opinion", "情况属实，同意推荐。")
			.param("signerName", "部门负责人 签字")
			.param("signedOn", LocalDate.now(this.clock).toString());
	}

	private Capacity waitingCapacity(long id) {
		return this.fixture.read(this.clerk, id).getChain().get(this.fixture.read(this.clerk, id).getWaitingStep())
			.capacity();
	}

	private static MockMultipartFile seal() {
		return new MockMultipartFile("sealImage", "town-seal.png", "image/png", ReviewFixture.png(Color.RED));
	}

	private static MockMultipartFile opinionForm() {
		return new MockMultipartFile("file", "征求意见表.png", "image/png", ReviewFixture.png(Color.WHITE));
	}

}
