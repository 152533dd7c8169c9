package cn.laurel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.org.Accounts;
import cn.laurel.org.Units;
import cn.laurel.system.EmbeddedDatabase;
import cn.laurel.system.InstanceClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo on the first start of the embedded database ({@code laurel.demo.mode=auto}): seed 000's campaign
 * open for nominations, then a campaign of each later stage played through the workflow on days of the past.
 * Exists only under the Spring profile {@code local}, so never in production. Everything goes through the modules'
 * own verbs like an administrator's, organiser's, clerk's, judge's or citizen's would, so every rule applies and the
 * audit trail shows it.
 */
@Component
@Profile("local")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "Laurel2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final ObjectProvider<EmbeddedDatabase> embedded;

	private final Units units;

	private final Accounts accounts;

	private final DemoOrganisation organisation;

	private final Actors actors;

	private final CampaignSetup setup;

	private final CampaignTemplates templates;

	private final DemoNominations nominations;

	private final DemoStages stages;

	private final JsonMapper json;

	private final InstanceClock clock;

	private final String mode;

	private final Environment environment;

	DemoData(ObjectProvider<EmbeddedDatabase> embedded, Units units, Accounts accounts,
			DemoOrganisation organisation, Actors actors, CampaignSetup setup, CampaignTemplates templates,
			DemoNominations nominations, DemoStages stages, JsonMapper json, InstanceClock clock,
			@Value("${laurel.demo.mode}") String mode, Environment environment) {
		this.embedded = embedded;
		this.units = units;
		this.accounts = accounts;
		this.organisation = organisation;
		this.actors = actors;
		this.setup = setup;
		this.templates = templates;
		this.nominations = nominations;
		this.stages = stages;
		this.json = json;
		this.clock = clock;
		this.mode = mode;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		boolean wanted = "always".equals(this.mode)
				|| ("auto".equals(this.mode) && this.embedded.getIfAvailable() != null);
		if (!wanted) {
			return;
		}
		if (this.units.count() == 0) {
			load(read());
		}
		printLogins();
	}

	DemoSeed read() throws IOException {
		try (InputStream in = new ClassPathResource("demo/demo.json").getInputStream()) {
			return this.json.readValue(in, DemoSeed.class);
		}
	}

	/**
	 * The organisation, set up before the earliest campaign began; seed 000's campaign today, first, so that its
	 * ids are the small ones the README names; then the campaign of each stage, from its own first day on.
	 * @return the ids of the stages' campaigns, in the seed's order
	 */
	List<Long> load(DemoSeed seed) {
		LocalDate today = LocalDate.now(this.clock);
		int earliest = seed.stages().stream().mapToInt(DemoSeed.StageSeed::startedDaysAgo).max().orElse(0);
		List<Long> played = new ArrayList<>();
		try {
			this.clock.moveTo(today.minusDays(earliest + 7L), LocalTime.of(9, 0));
			this.organisation.create(seed.units(), seed.accounts(), PASSWORD);
			log.info("Demo organisation created");
			this.clock.reset();
			DemoSeed.CampaignSeed campaign = seed.campaign();
			long campaignId = this.actors.as(campaign.actingAs(), () -> configure(campaign, today));
			this.nominations.load(campaignId, seed.nominations());
			for (DemoSeed.StageSeed stage : seed.stages()) {
				played.add(this.stages.play(stage, today));
				log.info("Demo campaign {} played to its stage {}", stage.template(), stage.stage());
			}
		}
		finally {
			this.clock.reset();
		}
		return played;
	}

	private long configure(DemoSeed.CampaignSeed seed, LocalDate today) {
		Long id = this.templates.create(this.units.findByCode(seed.organiser()).orElseThrow().getId(),
				seed.template(), today.plusDays(seed.startsInDays()))
			.getId();
		Campaign opened = this.setup.advance(id, null);
		log.info("Demo campaign {} loaded in phase {}", opened.getTitle(), opened.getPhase());
		return id;
	}

	private void printLogins() {
		StringBuilder logins = new StringBuilder("\n\nLaurel is running at http://localhost:")
			.append(this.environment.getProperty("local.server.port", "8080"))
			.append("/\nDemo logins (password ")
			.append(PASSWORD)
			.append("), the README's demo table says who sees which stage:\n");
		this.accounts.findAllByOrderByUsernameAsc()
			.forEach(account -> logins.append(String.format("  %-14s %-10s %s%n", account.getUsername(),
					account.getRole(), account.getDisplayName())));
		log.info(logins.toString());
	}

}
