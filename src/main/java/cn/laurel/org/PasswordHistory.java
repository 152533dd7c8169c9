package cn.laurel.org;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * The hashes of the passwords an account had before, so that its holder cannot go back to one of the last
 * {@value #REMEMBERED} (the current one included) when changing it.
 */
@Repository
class PasswordHistory {

	static final int REMEMBERED = 5;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	PasswordHistory(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	/** Whether {@code password} is the account's current one or one of those it had before. */
	boolean isRecent(Account account, String password) {
		List<String> previous = this.jdbc
			.sql("select password_hash from password_history where account_id = ? order by replaced_at desc, id desc"
					+ " limit ?")
			.params(account.getId(), REMEMBERED - 1)
			.query(String.class)
			.list();
		return this.passwordEncoder.matches(password, account.getPasswordHash())
				|| previous.stream().anyMatch(hash -> this.passwordEncoder.matches(password, hash));
	}

	/** Keeps the hash being replaced, and no more than the account's last few. */
	void replaced(Account account, String oldHash, Instant when) {
		this.jdbc.sql("insert into password_history (account_id, password_hash, replaced_at) values (?, ?, ?)")
			.params(account.getId(), oldHash, Timestamp.from(when))
			.update();
		this.jdbc.sql("""
				delete from password_history where account_id = ? and id not in (
				  select id from password_history where account_id = ? order by replaced_at desc, id desc limit ?)""")
			.params(account.getId(), account.getId(), REMEMBERED - 1)
			.update();
	}

}
