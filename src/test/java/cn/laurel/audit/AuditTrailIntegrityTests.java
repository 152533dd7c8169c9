package cn.laurel.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.TestAccounts;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The trail is append-only in the database itself, and any change made around that is detected. */
@LaurelIntegrationTest
class AuditTrailIntegrityTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	PasswordEncoder passwords;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDatabaseRefusesToUpdateAnEntry() {
		long id = recordOne();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update audit_entry set reason = 'edited' where id = ?").param(id).update())
			.withMessageContaining("append-only");
	}

	@Test
	void theDatabaseRefusesToDeleteAnEntry() {
		long id = recordOne();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_entry where id = ?").param(id).update())
			.withMessageContaining("append-only");
	}

	@Test
	void theDatabaseRefusesToTruncateTheTrail() {
		long id = recordOne();
		// rolled back whatever happens, so that a failing run cannot empty a shared database
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
				status.setRollbackOnly();
				this.jdbc.sql("truncate audit_entry").update();
			}))
			.withMessageContaining("append-only");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aChangeMadeBehindTheTriggersBackIsDetectedAtTheAlteredEntry() throws Exception {
		String subjectType = TestEvent.uniqueSubjectType();
		for (String subjectId : List.of("1", "2", "3")) {
			this.events.publishEvent(new TestEvent("test.changed", subjectType, subjectId, null, null,
					Map.of("score", 80), "first version"));
		}
		assertThat(this.trail.firstBrokenEntry()).as("the chain before tampering").isEmpty();
		AuditEntry victim = entriesOf(subjectType).get(1);
		String admin = new TestAccounts(this.accounts, this.units, this.passwords).create(Role.ADMIN, "admin")
			.getUsername();
		try {
			AuditTampering.alterBehindTheTrigger(this.jdbc, victim.id(), "{\"score\": 100}");
			assertThat(this.trail.firstBrokenEntry()).map(AuditEntry::id).contains(victim.id());
			this.mvc.perform(get("/api/v1/audit/integrity").with(user(this.users.loadUserByUsername(admin))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenId").value(victim.id()));
		}
		finally {
			AuditTampering.alterBehindTheTrigger(this.jdbc, victim.id(), victim.after());
		}
		assertThat(this.trail.firstBrokenEntry()).as("the chain after restoring the original").isEmpty();
		this.mvc.perform(get("/api/v1/audit/integrity").with(user(this.users.loadUserByUsername(admin))))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.firstBrokenId").isEmpty());
	}

	@Test
	void anEventOfARolledBackTransactionLeavesNoEntry() {
		String subjectType = TestEvent.uniqueSubjectType();
		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(TestEvent.of("test.rolled-back", subjectType, "1", null));
			assertThat(entriesOf(subjectType)).as("inside the transaction").hasSize(1);
			status.setRollbackOnly();
		});
		assertThat(entriesOf(subjectType)).isEmpty();
	}

	@Test
	void theActorIsTheSignedInUsername() {
		String subjectType = TestEvent.uniqueSubjectType();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("organiser-li", null,
					AuthorityUtils.createAuthorityList("ROLE_ORGANISER")));
		this.events.publishEvent(TestEvent.of("test.signed-in", subjectType, "1", null));
		SecurityContextHolder.clearContext();
		this.events.publishEvent(TestEvent.of("test.unattended", subjectType, "2", null));

		assertThat(entriesOf(subjectType)).extracting(AuditEntry::action, AuditEntry::actor)
			.containsExactly(tuple("test.unattended", AuditRecorder.SYSTEM),
					tuple("test.signed-in", "organiser-li"));
	}

	private long recordOne() {
		String subjectType = TestEvent.uniqueSubjectType();
		this.events.publishEvent(TestEvent.of("test.recorded", subjectType, "1", null));
		return entriesOf(subjectType).get(0).id();
	}

	/** Newest first. */
	private List<AuditEntry> entriesOf(String subjectType) {
		return this.trail.search(new AuditQuery(null, null, null, subjectType, null, null, 0), null,
				this.clock.getZone());
	}

}
