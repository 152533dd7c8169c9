package cn.laurel.org;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.SimpleErrors;

/**
 * What an administrator does to the organisation tree and the accounts, used alike by the pages and the
 * API. Checks the rules that need the stored data (see {@link OrgRefused}) inside the transaction that
 * makes the change, and publishes every change with its before and after state for the audit trail.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class OrgAdministration {

	private final Units units;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OpenSessions openSessions;

	OrgAdministration(Units units, Accounts accounts, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock, OpenSessions openSessions) {
		this.units = units;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.openSessions = openSessions;
	}

	@Transactional(readOnly = true)
	public UnitTree unitTree() {
		return this.units.tree();
	}

	@Transactional(readOnly = true)
	public Unit unit(Long id) {
		return this.units.findById(id).orElseThrow(() -> new OrgNotFound("unit", id));
	}

	public Unit createUnit(UnitForm form) {
		Errors errors = new SimpleErrors(form);
		checkUnit(null, form, errors);
		rejectIfAny(errors);
		Unit unit = new Unit(form.getCode(), form.getName(), form.getType(), form.getParentId());
		apply(unit, form);
		unit = this.units.save(unit);
		this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.UNIT_CREATED,
				unit.getId(), null, UnitEvents.Snapshot.of(unit)));
		return unit;
	}

	public Unit updateUnit(Long id, UnitForm form) {
		Unit unit = unit(id);
		Errors errors = new SimpleErrors(form);
		checkUnit(unit, form, errors);
		rejectIfAny(errors);
		return changeUnit(unit, changed -> apply(changed, form), OrgRecordChanged.Kind.UNIT_UPDATED);
	}

	/** Takes a unit out of use; refused while units below it are still active. */
	public Unit deactivateUnit(Long id) {
		Unit unit = unit(id);
		if (this.units.existsByParentIdAndActiveTrue(id)) {
			Errors errors = new SimpleErrors(unit);
			errors.reject("unit.deactivate.has-active-children");
			throw new OrgRefused(errors);
		}
		return changeUnit(unit, Unit::deactivate, OrgRecordChanged.Kind.UNIT_DEACTIVATED);
	}

	public Unit activateUnit(Long id) {
		return changeUnit(unit(id), Unit::activate, OrgRecordChanged.Kind.UNIT_ACTIVATED);
	}

	@Transactional(readOnly = true)
	public List<Account> accounts(Role role, Long unitId) {
		return this.accounts.findAllByOrderByUsernameAsc()
			.stream()
			.filter(account -> role == null || account.getRole() == role)
			.filter(account -> unitId == null || unitId.equals(account.getUnitId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Account account(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new OrgNotFound("account", id));
	}

	/** A new account whose holder must replace the temporary password at first login. */
	public Account createAccount(AccountForm form) {
		return create(form, false);
	}

	/**
	 * A new account whose password (the form's, checked against the policy like a temporary one) its holder
	 * already knows, so it need not be replaced at first login: the local demo's accounts.
	 */
	public Account createAccountWithKnownPassword(AccountForm form) {
		return create(form, true);
	}

	private Account create(AccountForm form, boolean passwordKnown) {
		Errors errors = new SimpleErrors(form);
		if (this.accounts.existsByUsername(form.getUsername())) {
			errors.rejectValue("username", "account.username.taken");
		}
		checkUnitAssignment(null, form, errors);
		PasswordPolicy.check(form.getTemporaryPassword(), form.getUsername())
			.ifPresent(key -> errors.rejectValue("temporaryPassword", key));
		rejectIfAny(errors);
		String hash = this.passwordEncoder.encode(form.getTemporaryPassword());
		Account created = new Account(form.getUsername(), form.getDisplayName(), hash, form.getRole(),
				form.getUnitId(), form.getCapacity());
		if (passwordKnown) {
			created.changePassword(hash, this.clock.instant());
		}
		Account account = this.accounts.save(created);
		this.events.publishEvent(new OrgRecordChanged<>(OrgRecordChanged.Kind.ACCOUNT_CREATED,
				account.getId(), null, AccountEvents.Snapshot.of(account)));
		return account;
	}

	/**
	 * Changes name, role, unit and capacity, ending the account's sessions when any but the name changed; an
	 * administrator cannot take the admin role from themselves.
	 */
	public Account updateAccount(Long id, AccountForm form) {
		Account account = account(id);
		Errors errors = new SimpleErrors(form);
		checkUnitAssignment(account, form, errors);
		if (isCurrentUser(account) && form.getRole() != Role.ADMIN) {
			errors.rejectValue("role", "account.role.own");
		}
		rejectIfAny(errors);
		boolean reassigned = account.getRole() != form.getRole() || !Objects.equals(account.getUnitId(), form.getUnitId())
				|| account.getCapacity() != form.getCapacity();
		Account updated = changeAccount(account, changed -> {
			changed.rename(form.getDisplayName());
			changed.assign(form.getRole(), form.getUnitId(), form.getCapacity());
		}, OrgRecordChanged.Kind.ACCOUNT_UPDATED);
		if (reassigned) {
			// a session keeps the authorities of its login: a demoted or moved holder signs in again
			this.openSessions.endAllOf(updated.getUsername());
		}
		return updated;
	}

	/**
	 * Bars an account from signing in and ends its open sessions; an administrator cannot disable their
	 * own account.
	 */
	public Account disableAccount(Long id) {
		Account account = account(id);
		if (isCurrentUser(account)) {
			Errors errors = new SimpleErrors(account);
			errors.reject("account.disable.own");
			throw new OrgRefused(errors);
		}
		Account disabled = changeAccount(account, Account::disable, OrgRecordChanged.Kind.ACCOUNT_DISABLED);
		this.openSessions.endAllOf(disabled.getUsername());
		return disabled;
	}

	public Account enableAccount(Long id) {
		return changeAccount(account(id), Account::enable, OrgRecordChanged.Kind.ACCOUNT_ENABLED);
	}

	public Account unlockAccount(Long id) {
		return changeAccount(account(id), Account::unlock, OrgRecordChanged.Kind.ACCOUNT_UNLOCKED);
	}

	/**
	 * Sets a temporary password, which also lifts a lockout, ends the account's open sessions and must be
	 * replaced at the next login.
	 */
	public Account resetPassword(Long id, PasswordResetForm form) {
		Account account = account(id);
		Errors errors = new SimpleErrors(form);
		PasswordPolicy.check(form.getTemporaryPassword(), account.getUsername())
			.ifPresent(key -> errors.rejectValue("temporaryPassword", key));
		rejectIfAny(errors);
		String hash = this.passwordEncoder.encode(form.getTemporaryPassword());
		Account reset = changeAccount(account, changed -> changed.resetPassword(hash),
				OrgRecordChanged.Kind.ACCOUNT_PASSWORD_RESET);
		this.openSessions.endAllOf(reset.getUsername());
		return reset;
	}

	/** Whether the account is locked out now, for the lists. */
	public boolean isLocked(Account account) {
		return account.isLockedAt(this.clock.instant());
	}

	/** The time zone in which the application shows times. */
	public ZoneId zone() {
		return this.clock.getZone();
	}

	private void checkUnit(Unit existing, UnitForm form, Errors errors) {
		Optional<Unit> sameCode = this.units.findByCode(form.getCode());
		if (sameCode.isPresent() && (existing == null || !sameCode.get().getId().equals(existing.getId()))) {
			errors.rejectValue("code", "unit.code.taken");
		}
		if (form.getParentId() != null) {
			if (!this.units.existsById(form.getParentId())) {
				errors.rejectValue("parentId", "unit.parent.unknown");
			}
			else if (existing != null && unitTree().selfAndDescendants(existing.getId()).contains(form.getParentId())) {
				errors.rejectValue("parentId", "unit.parent.cycle");
			}
		}
		if (form.getStationedAtId() != null) {
			Optional<Unit> town = this.units.findById(form.getStationedAtId());
			if (town.isEmpty() || town.get().getType() != UnitType.TOWN) {
				errors.rejectValue("stationedAtId", "unit.stationed-at.not-town");
			}
		}
		if (existing != null && existing.getType() == UnitType.TOWN && form.getType() != UnitType.TOWN
				&& !this.units.findByStationedAtId(existing.getId()).isEmpty()) {
			errors.rejectValue("type", "unit.type.town-has-squadrons");
		}
	}

	private void checkUnitAssignment(Account existing, AccountForm form, Errors errors) {
		if (form.getUnitId() == null
				|| (existing != null && form.getUnitId().equals(existing.getUnitId()))) {
			return;
		}
		Optional<Unit> unit = this.units.findById(form.getUnitId());
		if (unit.isEmpty()) {
			errors.rejectValue("unitId", "account.unit.unknown");
		}
		else if (!unit.get().isActive()) {
			errors.rejectValue("unitId", "account.unit.inactive");
		}
	}

	private static void apply(Unit unit, UnitForm form) {
		unit.recode(form.getCode());
		unit.rename(form.getName());
		unit.retype(form.getType());
		unit.moveUnder(form.getParentId());
		unit.stationAt(form.getStationedAtId());
		unit.order(form.getSortOrder());
	}

	private Unit changeUnit(Unit unit, Consumer<Unit> change, OrgRecordChanged.Kind kind) {
		UnitEvents.Snapshot before = UnitEvents.Snapshot.of(unit);
		change.accept(unit);
		Unit saved = this.units.save(unit);
		this.events.publishEvent(new OrgRecordChanged<>(kind, saved.getId(), before, UnitEvents.Snapshot.of(saved)));
		return saved;
	}

	private Account changeAccount(Account account, Consumer<Account> change, OrgRecordChanged.Kind kind) {
		AccountEvents.Snapshot before = AccountEvents.Snapshot.of(account);
		change.accept(account);
		Account saved = this.accounts.save(account);
		this.events.publishEvent(new OrgRecordChanged<>(kind, saved.getId(), before, AccountEvents.Snapshot.of(saved)));
		return saved;
	}

	private static boolean isCurrentUser(Account account) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && Objects.equals(authentication.getName(), account.getUsername());
	}

	private static void rejectIfAny(Errors errors) {
		if (errors.hasErrors()) {
			throw new OrgRefused(errors);
		}
	}

}
