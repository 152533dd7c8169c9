package cn.laurel.award;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Category;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.PublicityFixtures;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.context.ApplicationContext;

/**
 * A campaign decided, for tests of what other modules build on the decision (the event module's 发布仪式); needs
 * {@link PublicityFixtures.Beans}. Leaves the clock on the day of the decision, 12 October 2026.
 */
public final class DecidedCampaigns {

	private DecidedCampaigns() {
	}

	/** The candidates named, in rank order, nominated, shortlisted, publicised and decided on in {@code category}. */
	public static List<Nomination> decide(ApplicationContext context, NominationScenario scenario, Category category,
			List<String> names) {
		List<Nomination> made = PublicityFixtures.candidates(scenario, context.getBean(NominationDriver.class),
				category, names);
		List<ShortlistEntry> ranked = new ArrayList<>();
		for (int i = 0; i < made.size(); i++) {
			ranked.add(PublicityFixtures.entry(made.get(i), category, i + 1, names.get(i), null));
		}
		context.getBean(PublicityFixtures.FixedShortlist.class).rank(category.getCampaignId(), ranked, List.of());
		AwardFixtures.publiciseAndDecide(scenario, category.getCampaignId(), context.getBean(Publicity.class),
				context.getBean(AwardDecisions.class), context.getBean(PublicityFixtures.SettableClock.class));
		return made;
	}

}
