package cn.laurel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;
import cn.laurel.system.EmbeddedDatabase;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed 000 demo on the first start of the embedded database ({@code laurel.demo.mode=auto}).
 * Exists only under the Spring profile {@code local}, so never in production. The campaign goes through
 * {@link CampaignSetup} like any organiser's would, so every rule applies and the audit trail shows it.
 */
@Component
@Profile("local")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "Laurel2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final ObjectProvider<EmbeddedDatabase> embedded;

	private final Units units;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final UserDetailsService users;

	private final CampaignSetup setup;

	private final CampaignTemplates templates;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	private final String mode;

	private final Environment environment;

	private final DemoNominations nominations;

	DemoData(ObjectProvider<EmbeddedDatabase> embedded, Units units, Accounts accounts, PasswordEncoder passwords,
			UserDetailsService users, CampaignSetup setup, CampaignTemplates templates, TransactionTemplate transaction,
			JsonMapper json, Clock clock, @Value("${laurel.demo.mode}") String mode, Environment environment,
			DemoNominations nominations) {
		this.embedded = embedded;
		this.units = units;
		this.accounts = accounts;
		this.passwords = passwords;
		this.users = users;
		this.setup = setup;
		this.templates = templates;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
		this.mode = mode;
		this.environment = environment;
		this.nominations = nominations;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		boolean wanted = "always".equals(this.mode)
				|| ("auto".equals(this.mode) && this.embedded.getIfAvailable() != null);
		if (!wanted) {
			return;
		}
		if (this.units.count() == 0) {
			DemoSeed seed = read();
			this.transaction.executeWithoutResult(status -> load(seed));
		}
		printLogins();
	}

	DemoSeed read() throws IOException {
		try (InputStream in = new ClassPathResource("demo/seed-000.json").getInputStream()) {
			return this.json.readValue(in, DemoSeed.class);
		}
	}

	void load(DemoSeed seed) {
		Map<String, Unit> byCode = new HashMap<>();
		for (DemoSeed.UnitSeed unit : seed.units()) {
			Unit saved = new Unit(unit.code(), unit.name(), unit.type(),
					unit.parent() == null ? null : byCode.get(unit.parent()).getId());
			if (unit.stationedAt() != null) {
				saved.stationAt(byCode.get(unit.stationedAt()).getId());
			}
			saved.order(byCode.size());
			byCode.put(unit.code(), this.units.save(saved));
		}
		String hash = this.passwords.encode(PASSWORD);
		for (DemoSeed.AccountSeed account : seed.accounts()) {
			Account saved = new Account(account.username(), account.displayName(), hash, account.role(),
					account.unit() == null ? null : byCode.get(account.unit()).getId(), account.capacity());
			saved.changePassword(hash, this.clock.instant());
			this.accounts.save(saved);
		}
		DemoSeed.CampaignSeed campaign = seed.campaign();
		UserDetails organiser = this.users.loadUserByUsername(campaign.actingAs());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(organiser, null,
					organiser.getAuthorities()));
		try {
			long campaignId = configure(campaign, byCode);
			this.nominations.load(campaignId, seed.nominations(), LocalDate.now(this.clock));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long configure(DemoSeed.CampaignSeed seed, Map<String, Unit> byCode) {
		Long id = this.templates.create(byCode.get(seed.organiser()).getId(), seed.template(),
				LocalDate.now(this.clock).plusDays(seed.startsInDays()))
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
			.append("):\n");
		this.accounts.findAllByOrderByUsernameAsc()
			.forEach(account -> logins.append(String.format("  %-14s %-10s %s%n", account.getUsername(),
					account.getRole(), account.getDisplayName())));
		log.info(logins.toString());
	}

}
