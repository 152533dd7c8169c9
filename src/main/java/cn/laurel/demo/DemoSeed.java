package cn.laurel.demo;

import java.util.List;
import java.util.Map;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.GroupMember;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.UnitType;

/**
 * The demo as data ({@code classpath:demo/seed-000.json}): seed 000's campaign template with a matching unit
 * tree and one account per role. Units are referred to by code; the campaign starts a few days before today so
 * the demo is always in its nomination phase.
 */
record DemoSeed(List<UnitSeed> units, List<AccountSeed> accounts, CampaignSeed campaign,
		List<NominationSeed> nominations) {

	record UnitSeed(String code, String name, UnitType type, String parent, String stationedAt) {
	}

	record AccountSeed(String username, String displayName, Role role, String unit, Capacity capacity) {
	}

	/** The campaign: a built-in template, created by {@code actingAs} for the office {@code organiser}. */
	record CampaignSeed(String organiser, String actingAs, String template, int startsInDays) {
	}

	/**
	 * A nomination the demo starts with, filled by the clerk {@code actingAs} and, when submitted, signed
	 * by the endorsers listed, in chain order.
	 */
	record NominationSeed(String actingAs, String category, Map<String, String> answers,
			Map<String, List<List<String>>> tables, int photos, boolean sealedScan, boolean submit,
			List<EndorsementSeed> endorsements) {
	}

	record EndorsementSeed(String actingAs, boolean agreed, String opinion, boolean electronicSeal) {
	}

}
