package cn.laurel.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event's named policies and guarded verbs, without Spring or a database. */
class EventPoliciesTests {

	private static final Instant NOW = Instant.parse("2022-05-30T01:00:00Z");

	private final ParticipantGroup representatives = new ParticipantGroup(1L, "基层“两代表一委员”代表", 20, false, null);

	private final ParticipantGroup residents = new ParticipantGroup(2L, "基层群众代表", 5, true, null);

	private Event openDay(EventStatus status) {
		return new Event(7L, 0, 3, null, new Event.Details(EventKind.OPEN_DAY, "2022年“政务开放日”活动",
				"提升服务效能，打造阳光政务", LocalDate.of(2022, 5, 30), null, null, null, null, List.of("政策解读"), null),
				status, "key", NOW);
	}

	private static Participant.Person person(String phone) {
		return new Participant.Person("张三", "XX村", phone, null);
	}

	@Test
	void aGroupGivesSeatsUpToItsNumberAndNotOneMore() {
		GroupQuota.admit(this.representatives, 19);
		assertThatThrownBy(() -> GroupQuota.admit(this.representatives, 20)).isInstanceOf(EventRefused.class)
			.extracting(e -> ((EventRefused) e).code())
			.isEqualTo("event.group.full");
	}

	@Test
	void aNumberIsNeverSetBelowTheSeatsGiven() {
		GroupQuota.resize(new ParticipantGroup(1L, "基层“两代表一委员”代表", 12, false, null), 12);
		assertThatThrownBy(() -> GroupQuota.resize(new ParticipantGroup(1L, "x", 11, false, null), 12))
			.hasMessage("event.group.below-seated");
	}

	@Test
	void theTwentyFirstInvitationToTwentyPlacesIsRefused() {
		Event event = openDay(EventStatus.OPEN);
		assertThat(Participant.invite(event, this.representatives, 19, person("13800000020"), "t", NOW).getStatus())
			.isEqualTo(ParticipantStatus.INVITED);
		assertThatThrownBy(() -> Participant.invite(event, this.representatives, 20, person("13800000021"), "t", NOW))
			.hasMessage("event.group.full");
	}

	@Test
	void anApplicationHoldsNoSeatUntilApprovedAndApprovalRespectsTheNumber() {
		Event event = openDay(EventStatus.OPEN);
		Participant applicant = Participant.apply(event, this.residents, person("13900000001"), "t", NOW);
		assertThat(applicant.getStatus().holdsSeat()).isFalse();
		assertThatThrownBy(() -> applicant.approve(event, this.residents, 5)).hasMessage("event.group.full");
		applicant.approve(event, this.residents, 4);
		assertThat(applicant.getStatus()).isEqualTo(ParticipantStatus.CONFIRMED);
	}

	@Test
	void thePublicSignsUpOnlyForAnOpenGroupWhileTheEventIsOpen() {
		assertThatThrownBy(() -> Participant.apply(openDay(EventStatus.OPEN), this.representatives,
				person("13900000002"), "t", NOW)).hasMessage("event.sign-up.group-closed");
		assertThatThrownBy(() -> Participant.apply(openDay(EventStatus.PLANNING), this.residents,
				person("13900000003"), "t", NOW)).hasMessage("event.sign-up.closed");
	}

	@Test
	void checkInIsOnTheDayForSomeoneWithASeatAndOnce() {
		Event open = openDay(EventStatus.OPEN);
		Participant applicant = Participant.apply(open, this.residents, person("13900000004"), "t", NOW);
		Event day = openDay(EventStatus.UNDER_WAY);
		assertThatThrownBy(() -> applicant.checkIn(day, NOW)).hasMessage("event.check-in.no-seat");
		applicant.approve(open, this.residents, 0);
		assertThatThrownBy(() -> applicant.checkIn(open, NOW)).hasMessage("event.not-now");
		assertThat(applicant.checkIn(day, NOW)).isTrue();
		assertThat(applicant.checkIn(day, NOW)).isFalse();
	}

	@Test
	void anOpinionNeedsOneOfTheTopicsAndIsAnsweredOnlyOnceItHasAnOwner() {
		Event day = openDay(EventStatus.UNDER_WAY);
		assertThatThrownBy(() -> Opinion.receive(day, new Opinion.Form("别的", "意见", null, null, null),
				OpinionChannel.PHONE, NOW)).hasMessage("event.opinion.topic-unknown");
		Opinion opinion = Opinion.receive(day, new Opinion.Form("政策解读", "希望多讲惠农政策", null, null, null),
				OpinionChannel.PHONE, NOW);
		assertThatThrownBy(() -> opinion.reply(day, "好", NOW)).hasMessage("event.opinion.not-now");
		opinion.assign(day, "农业农村办");
		opinion.reply(day, "已安排专场宣讲。", NOW);
		assertThat(opinion.getStatus()).isEqualTo(OpinionStatus.REPLIED);
		assertThatThrownBy(() -> opinion.assign(day, "党政办")).hasMessage("event.opinion.not-now");
	}

	@Test
	void aPaperFormIsEnteredOnTheDayOrAfterButAPhoneFormOnlyOnTheDay() {
		Opinion.Form form = new Opinion.Form("政策解读", "意见", null, null, null);
		Event concluded = openDay(EventStatus.CONCLUDED);
		assertThat(Opinion.receive(concluded, form, OpinionChannel.PAPER, NOW).getChannel())
			.isEqualTo(OpinionChannel.PAPER);
		assertThatThrownBy(() -> Opinion.receive(concluded, form, OpinionChannel.PHONE, NOW))
			.hasMessage("event.not-now");
	}

	@Test
	void aRunOfShowPresentsEveryHonoureeExactlyOnce() {
		List<ShowItem> current = List.of(new ShowItem(1L, "最美", 10, "甲", null, null, null),
				new ShowItem(2L, "最美", 11, "乙", null, null, null));
		List<ShowItem> arranged = RunOfShow.arrange(current,
				List.of(new Ceremonies.Arrangement(11, "局长"), new Ceremonies.Arrangement(10, null)));
		assertThat(arranged).extracting(ShowItem::displayName).containsExactly("乙", "甲");
		assertThat(arranged.get(0).presenter()).isEqualTo("局长");
		assertThatThrownBy(() -> RunOfShow.arrange(current, List.of(new Ceremonies.Arrangement(10, null))))
			.hasMessage("event.show.not-each-once");
		assertThatThrownBy(() -> RunOfShow.arrange(current,
				List.of(new Ceremonies.Arrangement(10, null), new Ceremonies.Arrangement(10, null))))
			.hasMessage("event.show.not-each-once");
	}

	@Test
	void theStepsGoInOrderAndAnEventWithoutGroupsDoesNotOpen() {
		Event event = openDay(EventStatus.PLANNING);
		assertThatThrownBy(() -> event.open(0)).hasMessage("event.status.no-groups");
		assertThatThrownBy(event::start).hasMessage("event.not-now");
		event.open(3);
		event.start();
		event.conclude();
		assertThat(event.getStatus()).isEqualTo(EventStatus.CONCLUDED);
	}

	@Test
	void aCeremonyBelongsToACampaignAndItsStreamIsAWebAddress() {
		Event.Details ceremony = new Event.Details(EventKind.CEREMONY, "发布仪式", null, LocalDate.of(2021, 12, 8), null,
				null, null, null, null, "rtmp://live");
		assertThatThrownBy(() -> ceremony.check(null)).hasMessage("event.details.ceremony-needs-campaign");
		assertThatThrownBy(() -> ceremony.check(5L)).hasMessage("event.details.stream-not-web");
	}

}
