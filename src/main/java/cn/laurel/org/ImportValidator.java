package cn.laurel.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import cn.laurel.org.ImportRows.AccountRow;
import cn.laurel.org.ImportRows.UnitRow;

/**
 * Checks a whole import file against itself and the stored tree before anything is written, so that the
 * administrator gets every problem at once and a file is imported completely or not at all.
 * <p>
 * The file describes units as they should end up: a code already stored updates that unit, a new code adds
 * one. The rules are checked on that end state, so a parent may appear after its children, may already be
 * stored, and a move that would close a cycle through stored units is caught. Accounts must be new.
 */
final class ImportValidator {

	private static final Pattern CODE = Pattern.compile(UnitForm.CODE_PATTERN);

	private static final Pattern USERNAME = Pattern.compile(AccountForm.USERNAME_PATTERN);

	private static final int MAX_NAME = 100;

	private static final int MAX_DISPLAY_NAME = 50;

	private static final int MAX_SORT_ORDER = 9999;

	private final ImportVocabulary vocabulary;

	private final Collection<Unit> storedUnits;

	private final Predicate<String> usernameTaken;

	/**
	 * @param vocabulary the names of types, roles and capacities
	 * @param storedUnits all units already stored
	 * @param usernameTaken whether a username is already stored
	 */
	ImportValidator(ImportVocabulary vocabulary, Collection<Unit> storedUnits, Predicate<String> usernameTaken) {
		this.vocabulary = vocabulary;
		this.usernameTaken = usernameTaken;
		this.storedUnits = storedUnits;
	}

	ImportCheck check(ImportRows rows) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, UnitPlan> units = planUnits(rows.units(), problems);
		TreeAfterImport end = new TreeAfterImport(this.storedUnits, units);
		checkTree(units, end, problems);
		List<AccountPlan> accounts = planAccounts(rows.accounts(), end, problems);
		problems.sort(Comparator.comparing(ImportProblem::sheet).thenComparingInt(ImportProblem::row));
		return new ImportCheck(problems, List.copyOf(units.values()), accounts);
	}

	private Map<String, UnitPlan> planUnits(List<UnitRow> rows, List<ImportProblem> problems) {
		Map<String, UnitPlan> plans = new LinkedHashMap<>();
		for (UnitRow row : rows) {
			Problems found = new Problems(ImportSheet.UNITS, row.row(), problems);
			boolean codeUsable = false;
			if (row.code() == null) {
				found.add("import.unit.code-missing");
			}
			else if (!CODE.matcher(row.code()).matches()) {
				found.add("import.unit.code-invalid", row.code());
			}
			else if (plans.containsKey(row.code())) {
				found.add("import.unit.code-duplicate", row.code(), String.valueOf(plans.get(row.code()).row()));
			}
			else {
				codeUsable = true;
			}
			if (row.name() == null) {
				found.add("import.unit.name-missing");
			}
			else if (row.name().length() > MAX_NAME) {
				found.add("import.unit.name-too-long", MAX_NAME);
			}
			UnitType type = null;
			if (row.type() == null) {
				found.add("import.unit.type-missing");
			}
			else {
				type = this.vocabulary.type(row.type()).orElse(null);
				if (type == null) {
					found.add("import.unit.type-unknown", row.type());
				}
			}
			Integer sortOrder = sortOrder(row, found);
			if (codeUsable) {
				plans.put(row.code(), new UnitPlan(row.row(), row.code(), row.name(), type, row.parentCode(),
						row.stationedAtCode(), sortOrder));
			}
		}
		return plans;
	}

	private static Integer sortOrder(UnitRow row, Problems found) {
		if (row.sortOrder() == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(row.sortOrder());
			if (value >= 0 && value <= MAX_SORT_ORDER) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like an out-of-range number
		}
		found.add("import.unit.sort-order-invalid", row.sortOrder());
		return null;
	}

	private static void checkTree(Map<String, UnitPlan> plans, TreeAfterImport end, List<ImportProblem> problems) {
		for (UnitPlan plan : plans.values()) {
			Problems found = new Problems(ImportSheet.UNITS, plan.row(), problems);
			String parent = plan.parentCode();
			if (parent != null) {
				if (parent.equals(plan.code())) {
					found.add("import.unit.parent-self");
				}
				else if (!end.exists(parent)) {
					found.add("import.unit.parent-unknown", parent);
				}
				else if (end.isAncestorOf(plan.code(), parent)) {
					found.add("import.unit.cycle", parent);
				}
			}
			checkStation(plan, end, found);
			if (plan.type() != null && plan.type() != UnitType.TOWN) {
				end.squadronLeftAtStoredTown(plan.code())
					.ifPresent(squadron -> found.add("import.unit.town-has-squadrons", squadron.getCode()));
			}
		}
	}

	private static void checkStation(UnitPlan plan, TreeAfterImport end, Problems found) {
		String town = plan.stationedAtCode();
		if (plan.type() == UnitType.STATIONED_SQUADRON && town == null) {
			found.add("import.unit.stationed-missing");
		}
		else if (plan.type() != null && plan.type() != UnitType.STATIONED_SQUADRON && town != null) {
			found.add("import.unit.stationed-forbidden");
		}
		else if (town != null && !end.exists(town)) {
			found.add("import.unit.stationed-unknown", town);
		}
		else if (town != null && end.typeOf(town) != null && end.typeOf(town) != UnitType.TOWN) {
			found.add("import.unit.stationed-not-town", town);
		}
	}

	private List<AccountPlan> planAccounts(List<AccountRow> rows, TreeAfterImport end, List<ImportProblem> problems) {
		Map<String, Integer> firstRows = new HashMap<>();
		List<AccountPlan> plans = new ArrayList<>();
		for (AccountRow row : rows) {
			Problems found = new Problems(ImportSheet.ACCOUNTS, row.row(), problems);
			if (row.username() == null) {
				found.add("import.account.username-missing");
			}
			else if (!USERNAME.matcher(row.username()).matches()) {
				found.add("import.account.username-invalid", row.username());
			}
			else if (firstRows.containsKey(row.username())) {
				found.add("import.account.username-duplicate", row.username(),
						String.valueOf(firstRows.get(row.username())));
			}
			else {
				firstRows.put(row.username(), row.row());
				if (this.usernameTaken.test(row.username())) {
					found.add("import.account.username-taken", row.username());
				}
			}
			if (row.displayName() == null) {
				found.add("import.account.name-missing");
			}
			else if (row.displayName().length() > MAX_DISPLAY_NAME) {
				found.add("import.account.name-too-long", MAX_DISPLAY_NAME);
			}
			Role role = null;
			if (row.role() == null) {
				found.add("import.account.role-missing");
			}
			else {
				role = this.vocabulary.role(row.role()).orElse(null);
				if (role == null) {
					found.add("import.account.role-unknown", row.role());
				}
			}
			checkUnit(row, role, end, found);
			Capacity capacity = capacity(row, role, found);
			if (row.password() == null) {
				found.add("import.account.password-missing");
			}
			else {
				PasswordPolicy.check(row.password(), row.username()).ifPresent(found::add);
			}
			if (found.none()) {
				plans.add(new AccountPlan(row.row(), row.username(), row.displayName(), role, row.unitCode(),
						capacity, row.password()));
			}
		}
		return plans;
	}

	private void checkUnit(AccountRow row, Role role, TreeAfterImport end, Problems found) {
		String unit = row.unitCode();
		if (role != null && role.needsUnit() && unit == null) {
			found.add("import.account.unit-missing");
		}
		else if (role != null && !role.needsUnit() && unit != null) {
			found.add("import.account.unit-forbidden");
		}
		else if (unit != null && !end.exists(unit)) {
			found.add("import.account.unit-unknown", unit);
		}
		else if (unit != null && !end.isActive(unit)) {
			found.add("import.account.unit-inactive", unit);
		}
	}

	private Capacity capacity(AccountRow row, Role role, Problems found) {
		if (row.capacity() == null) {
			if (role == Role.ENDORSER) {
				found.add("import.account.capacity-missing");
			}
			return null;
		}
		if (role != null && role != Role.ENDORSER) {
			found.add("import.account.capacity-forbidden");
			return null;
		}
		Capacity capacity = this.vocabulary.capacity(row.capacity()).orElse(null);
		if (capacity == null) {
			found.add("import.account.capacity-unknown", row.capacity());
		}
		return capacity;
	}

	/** Collects the problems of one row. */
	private static final class Problems {

		private final ImportSheet sheet;

		private final int row;

		private final List<ImportProblem> all;

		private int count;

		Problems(ImportSheet sheet, int row, List<ImportProblem> all) {
			this.sheet = sheet;
			this.row = row;
			this.all = all;
		}

		void add(String key, Object... args) {
			this.all.add(ImportProblem.of(this.sheet, this.row, key, args));
			this.count++;
		}

		boolean none() {
			return this.count == 0;
		}

	}

	/**
	 * The outcome of the check: the problems, and if there are none, what to write.
	 *
	 * @param problems every problem found, by sheet and row
	 * @param units the units to create or update, in file order
	 * @param accounts the accounts to create, in file order
	 */
	record ImportCheck(List<ImportProblem> problems, List<UnitPlan> units, List<AccountPlan> accounts) {

		boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	/** A unit row that passed its own checks. */
	record UnitPlan(int row, String code, String name, UnitType type, String parentCode, String stationedAtCode,
			Integer sortOrder) {

	}

	/** An account row that passed every check. */
	record AccountPlan(int row, String username, String displayName, Role role, String unitCode,
			Capacity capacity, String password) {

	}

}
