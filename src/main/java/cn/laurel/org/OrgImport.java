package cn.laurel.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laurel.org.ImportValidator.AccountPlan;
import cn.laurel.org.ImportValidator.ImportCheck;
import cn.laurel.org.ImportValidator.UnitPlan;

/**
 * Imports a unit tree with its accounts from an .xlsx workbook (see {@link OrgWorkbook}) in one transaction:
 * the whole file is checked first and nothing is written unless every row is valid.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class OrgImport {

	static final long MAX_SIZE = 5L * 1024 * 1024;

	private final OrgWorkbook workbook;

	private final Units units;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final ImportVocabulary vocabulary;

	OrgImport(OrgWorkbook workbook, Units units, Accounts accounts, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, MessageSource messages) {
		this.workbook = workbook;
		this.units = units;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.vocabulary = ImportVocabulary.from(messages);
	}

	/**
	 * Checks the upload and, if it is valid as a whole, imports it.
	 * @param file the uploaded content
	 * @param size its size as declared by the upload, checked before anything is read
	 */
	@Transactional
	public ImportOutcome importWorkbook(InputStreamSource file, long size) {
		byte[] content = (size <= MAX_SIZE) ? readAtMost(file, MAX_SIZE) : null;
		if (content == null) {
			return ImportOutcome.refused(ImportProblem.ofFile("import.file.too-large", MAX_SIZE / 1024 / 1024));
		}
		ImportRows rows;
		try {
			rows = this.workbook.read(content);
		}
		catch (OrgWorkbook.UnreadableWorkbook ex) {
			return ImportOutcome.refused(ex.problem());
		}
		if (rows.units().isEmpty() && rows.accounts().isEmpty()) {
			return ImportOutcome.refused(ImportProblem.ofFile("import.file.empty"));
		}
		ImportCheck check = new ImportValidator(this.vocabulary, this.units.findAll(), this.accounts::existsByUsername)
			.check(rows);
		if (!check.isValid()) {
			return new ImportOutcome(check.problems(), 0, 0, 0);
		}
		return apply(check);
	}

	/** Writes a valid file: new units first so every code has an id, then every unit's place and station. */
	private ImportOutcome apply(ImportCheck check) {
		Map<String, Unit> byCode = new HashMap<>();
		this.units.findAll().forEach(unit -> byCode.put(unit.getCode(), unit));
		Map<String, UnitEvents.Snapshot> before = new HashMap<>();
		for (UnitPlan plan : check.units()) {
			Unit stored = byCode.get(plan.code());
			if (stored != null) {
				before.put(plan.code(), UnitEvents.Snapshot.of(stored));
			}
			else {
				byCode.put(plan.code(), this.units.save(new Unit(plan.code(), plan.name(), plan.type(), null)));
			}
		}
		int created = 0;
		int updated = 0;
		for (UnitPlan plan : check.units()) {
			Unit unit = byCode.get(plan.code());
			unit.rename(plan.name());
			unit.retype(plan.type());
			unit.moveUnder(idOf(byCode, plan.parentCode()));
			unit.stationAt(idOf(byCode, plan.stationedAtCode()));
			if (plan.sortOrder() != null) {
				unit.order(plan.sortOrder());
			}
			UnitEvents.Snapshot previous = before.get(plan.code());
			if (previous == null) {
				unit = this.units.save(unit);
				this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.UNIT_CREATED,
						unit.getId(), null, UnitEvents.Snapshot.of(unit)));
				created++;
			}
			else if (!previous.equals(UnitEvents.Snapshot.of(unit))) {
				unit = this.units.save(unit);
				this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.UNIT_UPDATED,
						unit.getId(), previous, UnitEvents.Snapshot.of(unit)));
				updated++;
			}
		}
		for (AccountPlan plan : check.accounts()) {
			Account account = this.accounts.save(new Account(plan.username(), plan.displayName(),
					this.passwordEncoder.encode(plan.password()), plan.role(), idOf(byCode, plan.unitCode()),
					plan.capacity()));
			this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.ACCOUNT_CREATED,
					account.getId(), null, AccountEvents.Snapshot.of(account)));
		}
		return new ImportOutcome(List.of(), created, updated, check.accounts().size());
	}

	private static Long idOf(Map<String, Unit> byCode, String code) {
		return (code != null) ? byCode.get(code).getId() : null;
	}

	/** The content, or {@code null} if it is longer than the limit whatever size the upload declared. */
	private static byte[] readAtMost(InputStreamSource file, long limit) {
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readNBytes((int) limit + 1);
			return (content.length > limit) ? null : content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What an import did, or why it did nothing.
	 *
	 * @param problems every problem found; empty if the file was imported
	 * @param unitsCreated units added to the tree
	 * @param unitsUpdated stored units the file changed
	 * @param accountsCreated accounts added
	 */
	public record ImportOutcome(List<ImportProblem> problems, int unitsCreated, int unitsUpdated, int accountsCreated) {

		public static ImportOutcome refused(ImportProblem problem) {
			return new ImportOutcome(List.of(problem), 0, 0, 0);
		}

		public boolean imported() {
			return this.problems.isEmpty();
		}

	}

}
