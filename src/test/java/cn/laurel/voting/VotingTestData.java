package cn.laurel.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.laurel.TestAccounts;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.org.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Campaigns in a state voting tests start from: past preparation, two categories, candidates
 * published in the {@link TestCatalogue}, and voting rules saved by the campaign's organiser.
 */
class VotingTestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final TestAccounts accounts;

	private final UserDetailsService userDetails;

	private final CampaignSetup setup;

	private final VotingAdministration administration;

	private final TestCatalogue catalogue;

	VotingTestData(TestAccounts accounts, UserDetailsService userDetails, CampaignSetup setup,
			VotingAdministration administration, TestCatalogue catalogue) {
		this.accounts = accounts;
		this.userDetails = userDetails;
		this.setup = setup;
		this.administration = administration;
		this.catalogue = catalogue;
	}

	/** A signed-in user of {@code role} with a unit of their own, so they manage no test campaign. */
	UserDetails someone(Role role) {
		return this.userDetails.loadUserByUsername(this.accounts.create(role, "他人").getUsername());
	}

	/** A campaign whose organiser and categories the test can reach. */
	record VotingCampaignFixture(long id, UserDetails organiser, long firstCategory, long secondCategory,
			List<PublicCandidate> first, List<PublicCandidate> second) {
	}

	/** A campaign in its voting stage, open for votes now, with {@code perCategory} candidates in each of two categories. */
	VotingCampaignFixture openCampaign(Integer perDay, Integer perCategoryPerDay, int perCandidatePerDay,
			int perCategory) {
		VotingCampaignFixture fixture = campaignInNomination(perCategory);
		as(fixture.organiser(), () -> {
			this.setup.advance(fixture.id(), "测试：提前初审");
			return this.setup.advance(fixture.id(), "测试：提前开始网络投票");
		});
		saveRules(fixture, new VoteRules(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400), perDay,
				perCategoryPerDay, perCandidatePerDay, TallyDisplay.LIVE, 0));
		return fixture;
	}

	void saveRules(VotingCampaignFixture fixture, VoteRules rules) {
		as(fixture.organiser(), () -> {
			this.administration.saveRules(fixture.id(), rules);
			return null;
		});
	}

	/** A campaign still being set up, with rules saved and candidates in the catalogue: nothing of it is public. */
	long campaignInPreparation() {
		UserDetails organiser = someone(Role.ORGANISER);
		Long unitId = ((cn.laurel.org.LaurelUser) organiser).unitId();
		return as(organiser, () -> {
			long id = this.setup.create(unitId, new Campaign.Basics("筹备中的评选 " + SEQUENCE.incrementAndGet(), null,
					null, List.of(), null, 5)).getId();
			this.administration.saveRules(id, new VoteRules(Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600),
					null, null, 1, TallyDisplay.LIVE, 0));
			return id;
		});
	}

	/** A campaign moved into nominations, with a VOTING phase some days ahead and candidates published. */
	VotingCampaignFixture campaignInNomination(int perCategory) {
		UserDetails organiser = someone(Role.ORGANISER);
		Long unitId = ((cn.laurel.org.LaurelUser) organiser).unitId();
		int n = SEQUENCE.incrementAndGet();
		return as(organiser, () -> {
			Campaign campaign = this.setup.create(unitId,
					new Campaign.Basics("“最美综合执法人”网络投票 " + n, "首届", null, List.of("综合行政执法局"), null, 5));
			Category person = this.setup.addCategory(campaign.getId(),
					new Category.Settings("最美综合执法人", NomineeKind.PERSON, 10, 1, null, null, null), "generic-person");
			Category deed = this.setup.addCategory(campaign.getId(),
					new Category.Settings("最感动群众十件实事", NomineeKind.PERSON, 10, 2, null, null, null),
					"generic-person");
			LocalDate today = LocalDate.now(BEIJING);
			this.setup.schedule(campaign.getId(),
					List.of(new PhaseWindow(CampaignPhase.NOMINATION, today.minusDays(1), today.plusDays(1)),
							new PhaseWindow(CampaignPhase.PRELIMINARY_REVIEW, today.plusDays(2), today.plusDays(3)),
							new PhaseWindow(CampaignPhase.VOTING, today.plusDays(4), today.plusDays(5)),
							new PhaseWindow(CampaignPhase.DECISION, today.plusDays(6), today.plusDays(7)),
							new PhaseWindow(CampaignPhase.ANNOUNCEMENT, today.plusDays(8), today.plusDays(9))));
			this.setup.advance(campaign.getId(), "测试：提前启动");
			List<PublicCandidate> first = publish(campaign.getId(), person, perCategory, "执法队员");
			List<PublicCandidate> second = publish(campaign.getId(), deed, perCategory, "实事");
			return new VotingCampaignFixture(campaign.getId(), organiser, person.getId(), deed.getId(), first, second);
		});
	}

	private List<PublicCandidate> publish(long campaignId, Category category, int count, String name) {
		return java.util.stream.IntStream.rangeClosed(1, count)
			.mapToObj(i -> this.catalogue.publish(campaignId, category.getId(), category.getName(), name + i))
			.toList();
	}

	static <T> T as(UserDetails user, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
