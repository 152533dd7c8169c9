package cn.laurel.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.notification.Notification;
import cn.laurel.notification.Notifier;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily reminders, on PostgreSQL. */
@LaurelIntegrationTest
class RemindersTests {

	@Autowired
	Clock clock;

	@Autowired
	Reminders reminders;

	@Autowired
	Notifier notifier;

	@Autowired
	ReviewFixture fixture;

	LocalDate today;

	/** The organising office; the units the tests remind are under it, in the campaigns' nominating scope. */
	Unit office;

	@BeforeEach
	void fixture() {
		this.today = LocalDate.now(this.clock);
		this.office = this.fixture.unit(UnitType.AUTHORITY, null);
	}

	@Test
	void aClerkOfAUnitBelowItsMinimumIsRemindedOnceADayInTheLastThreeDaysOfTheWindow() {
		Unit department = this.fixture.unit(UnitType.CITY_DEPARTMENT, this.office);
		UserDetails clerk = this.fixture.clerkOf(department);
		opened(this.today.plusDays(2), new NominationLimit(UnitType.CITY_DEPARTMENT, null, 1, 1), List.of());

		this.reminders.remind(this.today);
		this.reminders.remind(this.today);
		assertThat(notices(clerk)).hasSize(1)
			.allMatch(notice -> notice.messageKey().equals("review.notice.below-minimum"));

		this.reminders.remind(this.today.plusDays(1));
		assertThat(notices(clerk)).hasSize(2);
	}

	@Test
	void noUnitIsRemindedBeforeTheLastThreeDaysOfTheWindowNorOnceItsMinimumIsMet() {
		Unit early = this.fixture.unit(UnitType.COUNTY, this.office);
		UserDetails earlyClerk = this.fixture.clerkOf(early);
		opened(this.today.plusDays(4), new NominationLimit(UnitType.COUNTY, null, 1, 3), List.of());
		Unit done = this.fixture.unit(UnitType.UNIVERSITY, this.office);
		UserDetails doneClerk = this.fixture.clerkOf(done);
		ReviewFixture.Opened campaign = opened(this.today.plusDays(1),
				new NominationLimit(UnitType.UNIVERSITY, null, 1, 1), List.of());
		this.fixture.submitted(doneClerk, campaign.categoryId(), "已推荐");

		this.reminders.remind(this.today);

		assertThat(notices(earlyClerk)).isEmpty();
		assertThat(notices(doneClerk)).isEmpty();
	}

	@Test
	void anEndorserWithNominationsWaitingAtTheirStepIsRemindedOnceADay() {
		Unit section = this.fixture.unit(UnitType.PEOPLES_ORGANISATION, this.office);
		UserDetails clerk = this.fixture.clerkOf(section);
		UserDetails head = this.fixture.endorser(section, Capacity.DEPARTMENT_HEAD);
		UserDetails otherCapacity = this.fixture.endorser(section, Capacity.PERSONNEL);
		ReviewFixture.Opened campaign = opened(this.today.plusDays(9), null,
				List.of(Chains.step(UnitType.PEOPLES_ORGANISATION, 1, Capacity.DEPARTMENT_HEAD,
						EndorserUnit.OWN_UNIT, false)));
		this.fixture.submitted(clerk, campaign.categoryId(), "甲");
		this.fixture.submitted(clerk, campaign.categoryId(), "乙");

		this.reminders.remind(this.today);
		this.reminders.remind(this.today);

		// besides the notice each submission brought when it arrived, one reminder of both
		assertThat(notices(head)).filteredOn(notice -> notice.messageKey().equals("review.notice.waiting"))
			.singleElement()
			.satisfies(notice -> {
			assertThat(notice.args().get(0)).isEqualTo("2");
			assertThat(notice.link()).isEqualTo("/endorsements");
		});
		assertThat(notices(head)).hasSize(3);
		assertThat(notices(otherCapacity)).isEmpty();
	}

	private ReviewFixture.Opened opened(LocalDate closesOn, NominationLimit limit, List<EndorsementStep> chain) {
		return this.fixture.campaign(this.fixture.account(Role.ORGANISER, this.office, null), this.office, closesOn,
				limit == null ? List.of() : List.of(limit), chain);
	}

	private List<Notification> notices(UserDetails user) {
		return this.notifier.latest(accountId(user), 100);
	}

	private static long accountId(UserDetails user) {
		return ((LaurelUser) user).accountId();
	}

}
