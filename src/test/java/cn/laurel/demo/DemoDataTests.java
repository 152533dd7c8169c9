package cn.laurel.demo;

import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.FormVersions;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.UnitType;
import cn.laurel.org.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/** The demo is seed 000, configured through the same rules an organiser meets. */
@LaurelIntegrationTest
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Categories categories;

	@Autowired
	FormVersions forms;

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	NominationDriver workflow;

	@Autowired
	UserDetailsService users;

	@Test
	void theDemoIsSeed000OpenForNominationsWithOneLoginPerRole() throws Exception {
		this.demo.load(this.demo.read());
		Long office = this.units.findByCode("XHZF-DJB").orElseThrow().getId();
		Campaign campaign = this.campaigns.findByOrganiserUnitIdOrderByCreatedAtDesc(office).get(0);
		assertThat(campaign.getTitle()).startsWith("首届“最美综合执法人”");
		assertThat(campaign.getPhase()).isEqualTo(CampaignPhase.NOMINATION);
		assertThat(campaign.getScoringWeights()).extracting(ScoringWeight::weight).containsExactly(60, 10, 30);
		assertThat(campaign.getLeadingGroup()).hasSize(2 + 20 + 4 + 5 + 5);
		assertThat(campaign.chainFor(UnitType.STATIONED_SQUADRON, null)).extracting(EndorsementStep::capacity)
			.containsExactly(Capacity.DEPARTMENT_HEAD, Capacity.TOWN, Capacity.LEADER_IN_CHARGE);
		assertThat(campaign.chainFor(UnitType.STATIONED_SQUADRON, null).get(1).sealRequired()).isTrue();
		assertThat(campaign.getNominationLimits()).allSatisfy(limit -> {
			assertThat(limit.isCampaignWide()).isTrue();
			assertThat(List.of(limit.minCount(), limit.maxCount())).containsExactly(1, 2);
		});
		List<Category> categories = this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaign.getId());
		assertThat(categories).extracting(Category::getQuota).containsExactly(10, 10);
		assertThat(this.forms.current(categories.get(0).getId()).orElseThrow().definition().field("deeds").maxChars())
			.isEqualTo(250);
		LaurelUser organiser = (LaurelUser) this.users.loadUserByUsername("organiser");
		List<NominationSummary> nominations = NominationScenario.as(organiser,
				() -> this.workflow.ofCampaign(campaign.getId()));
		assertThat(nominations).extracting(NominationSummary::displayName, NominationSummary::status,
				NominationSummary::waitingCapacity)
			.containsExactlyInAnyOrder(tuple("刘海涛", NominationStatus.ENDORSING, Capacity.TOWN),
					tuple("老旧小区违建清零行动", NominationStatus.ENDORSING, Capacity.LEADER_IN_CHARGE),
					tuple("孙丽", NominationStatus.DRAFT, null));
		for (String login : List.of("admin", "organiser", "clerk", "head-hd", "town-hd", "leader", "judge")) {
			this.mvc.perform(formLogin().user(login).password(DemoData.PASSWORD)).andExpect(authenticated());
		}
	}

}
