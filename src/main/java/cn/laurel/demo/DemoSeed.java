package cn.laurel.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.UnitType;

/**
 * The demo as data ({@code classpath:demo/demo.json}): a unit tree with one account per role, seed 000's campaign
 * open for nominations, and one campaign per later stage, each from its own seed template. Units are referred to
 * by code, accounts by username.
 */
record DemoSeed(List<UnitSeed> units, List<AccountSeed> accounts, CampaignSeed campaign,
		List<NominationSeed> nominations, List<StageSeed> stages) {

	record UnitSeed(String code, String name, UnitType type, String parent, String stationedAt) {
	}

	record AccountSeed(String username, String displayName, Role role, String unit, Capacity capacity) {
	}

	/** The campaign: a built-in template, created by {@code actingAs} for the office {@code organiser}. */
	record CampaignSeed(String organiser, String actingAs, String template, int startsInDays) {
	}

	/**
	 * A nomination, filled by the clerk {@code actingAs} and, when submitted, signed by the endorsers listed, in
	 * chain order. {@code opinionForm}: the 征求意见表 a step asks for is attached; {@code portrait}: the photos
	 * stand upright, as forms asking for a 证件照 want.
	 */
	record NominationSeed(String actingAs, String category, Map<String, String> answers,
			Map<String, List<List<String>>> tables, int photos, boolean sealedScan, boolean submit,
			List<EndorsementSeed> endorsements, String segment, boolean opinionForm, boolean portrait) {
	}

	record EndorsementSeed(String actingAs, boolean agreed, String opinion, boolean electronicSeal) {
	}

	/**
	 * A campaign played from its template's first day, {@code startedDaysAgo}, through its stages on their days up
	 * to {@code stage} (a campaign phase, or {@code FINISHED} for one announced and in its 宣传). {@code title} and
	 * {@code hosts}, when given, replace the template's.
	 */
	record StageSeed(String stage, String template, String organiser, String actingAs, int startedDaysAgo,
			String title, List<String> hosts, List<NominationSeed> nominations, VotesSeed votes,
			List<PanelSeed> panels, ObjectionSeed objection, DecisionSeed decision) {
	}

	/** Each voting day so far, {@code votersPerDay} citizens vote, choosing among the candidates by weight. */
	record VotesSeed(int votersPerDay, List<Integer> weights) {
	}

	/** A scoring panel; each judge has filled {@code sheets} of their sheets and submitted them or not. */
	record PanelSeed(String name, String component, List<CriterionSeed> criteria, List<JudgeSeed> judges) {
	}

	record CriterionSeed(String name, BigDecimal maxPoints) {
	}

	record JudgeSeed(String username, String unit, int sheets, boolean submit) {
	}

	/** An objection to the candidate at {@code nomination} (index), filed and taken into investigation. */
	record ObjectionSeed(int nomination, String name, String phone, String content, String investigator) {
	}

	record DecisionSeed(String decidingBody, String documentNumber) {
	}

}
