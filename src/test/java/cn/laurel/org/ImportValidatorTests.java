package cn.laurel.org;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.laurel.TestMessages;
import cn.laurel.org.ImportRows.AccountRow;
import cn.laurel.org.ImportRows.UnitRow;
import cn.laurel.org.ImportValidator.ImportCheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The whole-file check of an import, without Spring or a database: every problem, with its sheet and row. */
class ImportValidatorTests {

	private static final ImportVocabulary VOCABULARY = ImportVocabulary.from(TestMessages.bundle("messages/org"));

	private static final String PASSWORD = "Start2025";

	private final List<Unit> stored = new ArrayList<>();

	private final Set<String> storedUsernames = new HashSet<>();

	@Test
	void aFileWhoseParentsComeAfterTheirChildrenIsValid() {
		ImportCheck check = check(
				List.of(unit(2, "SQ1", "一中队", "派驻中队", "BUREAU", "TOWN1"),
						unit(3, "BUREAU", "市城管局", "主办机关", null, null),
						unit(4, "TOWN1", "城关镇", "镇街（功能区）", null, null)),
				List.of(account(2, "clerk.sq1", "张三", "推荐单位经办人", "SQ1", null, PASSWORD),
						account(3, "town.head", "李四", "审核人", "TOWN1", "镇街", PASSWORD),
						account(4, "judge1", "王五", "评委", null, null, PASSWORD)));

		assertThat(check.problems()).isEmpty();
		assertThat(check.units()).extracting(ImportValidator.UnitPlan::code).containsExactly("SQ1", "BUREAU", "TOWN1");
		assertThat(check.accounts()).extracting(ImportValidator.AccountPlan::role)
			.containsExactly(Role.CLERK, Role.ENDORSER, Role.JUDGE);
		assertThat(check.accounts().get(1).capacity()).isEqualTo(Capacity.TOWN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "镇街（功能区）", "Town or district", "TOWN", " town " })
	void typesMayBeNamedInEitherLanguageOrByTheirConstant(String name) {
		ImportCheck check = check(List.of(unit(2, "T1", "城关镇", name, null, null)), List.of());

		assertThat(check.problems()).isEmpty();
		assertThat(check.units().get(0).type()).isEqualTo(UnitType.TOWN);
	}

	@Test
	void anUnknownTypeIsReportedWithItsRowAndValue() {
		ImportCheck check = check(List.of(unit(2, "A", "甲", "主办机关", null, null), unit(3, "B", "乙", "街道办", "A", null)),
				List.of());

		assertThat(check.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(ImportSheet.UNITS, 3, "import.unit.type-unknown"));
		assertThat(check.problems().get(0).args()).containsExactly("街道办");
	}

	@Test
	void everyMissingCellOfARowIsReported() {
		ImportCheck check = check(List.of(new UnitRow(5, null, null, null, null, null, "x")), List.of());

		assertThat(keys(check)).containsExactly("import.unit.code-missing", "import.unit.name-missing",
				"import.unit.type-missing", "import.unit.sort-order-invalid");
		assertThat(check.problems()).allMatch(problem -> problem.row() == 5);
	}

	@Test
	void aCodeGivenTwiceIsReportedOnTheSecondRowNamingTheFirst() {
		ImportCheck check = check(List.of(unit(2, "A", "甲", "主办机关", null, null), unit(7, "A", "乙", "主办机关", null, null)),
				List.of());

		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(7);
			assertThat(problem.key()).isEqualTo("import.unit.code-duplicate");
			assertThat(problem.args()).containsExactly("A", "2");
		});
	}

	@Test
	void aCodeWithSpacesOrChineseIsInvalid() {
		assertThat(keys(check(List.of(unit(2, "城管 1", "甲", "主办机关", null, null)), List.of())))
			.containsExactly("import.unit.code-invalid");
	}

	@Test
	void aParentNeitherInTheFileNorStoredIsReported() {
		ImportCheck check = check(List.of(unit(2, "A", "甲", "机关科室（中心）", "NOWHERE", null)), List.of());

		assertThat(keys(check)).containsExactly("import.unit.parent-unknown");
	}

	@Test
	void aStoredParentIsAccepted() {
		this.stored.add(stored(10L, null, "BUREAU", UnitType.AUTHORITY, null));

		assertThat(check(List.of(unit(2, "A", "甲", "机关科室（中心）", "BUREAU", null)), List.of()).problems()).isEmpty();
	}

	@Test
	void aUnitCannotBeItsOwnParent() {
		assertThat(keys(check(List.of(unit(2, "A", "甲", "主办机关", "A", null)), List.of())))
			.containsExactly("import.unit.parent-self");
	}

	@Test
	void aCycleInTheFileIsReportedOnEachOfItsRows() {
		ImportCheck check = check(List.of(unit(2, "A", "甲", "主办机关", "C", null), unit(3, "B", "乙", "主办机关", "A", null),
				unit(4, "C", "丙", "主办机关", "B", null), unit(5, "D", "丁", "主办机关", "A", null)), List.of());

		assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(2, "import.unit.cycle"), tuple(3, "import.unit.cycle"), tuple(4, "import.unit.cycle"));
	}

	@Test
	void movingAStoredUnitUnderOneOfItsStoredDescendantsIsACycle() {
		this.stored.add(stored(10L, null, "TOP", UnitType.AUTHORITY, null));
		this.stored.add(stored(11L, 10L, "MID", UnitType.OFFICE_SECTION, null));
		this.stored.add(stored(12L, 11L, "LOW", UnitType.DIRECT_SQUADRON, null));

		ImportCheck check = check(List.of(unit(2, "TOP", "局", "主办机关", "LOW", null)), List.of());

		assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(2, "import.unit.cycle"));
	}

	@Test
	void aStationedSquadronMustNameItsTown() {
		assertThat(keys(check(List.of(unit(2, "SQ", "中队", "派驻中队", null, null)), List.of())))
			.containsExactly("import.unit.stationed-missing");
	}

	@Test
	void aSquadronCanOnlyBeStationedInATownOfTheFileOrStored() {
		this.stored.add(stored(10L, null, "OFFICE", UnitType.OFFICE_SECTION, null));
		ImportCheck check = check(List.of(unit(2, "SQ1", "一中队", "派驻中队", null, "OFFICE"),
				unit(3, "SQ2", "二中队", "派驻中队", null, "NOWHERE"), unit(4, "SQ3", "三中队", "派驻中队", null, "SQ1")),
				List.of());

		assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(2, "import.unit.stationed-not-town"), tuple(3, "import.unit.stationed-unknown"),
					tuple(4, "import.unit.stationed-not-town"));
	}

	@Test
	void onlyStationedSquadronsNameATown() {
		ImportCheck check = check(List.of(unit(2, "T", "镇", "镇街（功能区）", null, null), unit(3, "O", "科室", "机关科室（中心）", null, "T")),
				List.of());

		assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(3, "import.unit.stationed-forbidden"));
	}

	@Test
	void aTownWithStoredSquadronsCannotBecomeAnotherType() {
		this.stored.add(stored(10L, null, "TOWN", UnitType.TOWN, null));
		this.stored.add(stored(11L, null, "SQ", UnitType.STATIONED_SQUADRON, 10L));

		ImportCheck check = check(List.of(unit(2, "TOWN", "城关镇", "其他", null, null)), List.of());

		assertThat(check.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.key()).isEqualTo("import.unit.town-has-squadrons");
			assertThat(problem.args()).containsExactly("SQ");
		});
	}

	@Test
	void anUnknownRoleIsReported() {
		assertThat(keys(check(List.of(), List.of(account(2, "x.user", "甲", "超级用户", null, null, PASSWORD)))))
			.containsExactly("import.account.role-unknown");
	}

	@Test
	void unitRolesNeedAUnitAndOthersMustNotHaveOne() {
		ImportCheck check = check(List.of(unit(2, "U", "单位", "主办机关", null, null)),
				List.of(account(2, "org1", "甲", "组织者", null, null, PASSWORD),
						account(3, "judge1", "乙", "评委", "U", null, PASSWORD),
						account(4, "clerk1", "丙", "推荐单位经办人", "NOWHERE", null, PASSWORD)));

		assertThat(check.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(ImportSheet.ACCOUNTS, 2, "import.account.unit-missing"),
					tuple(ImportSheet.ACCOUNTS, 3, "import.account.unit-forbidden"),
					tuple(ImportSheet.ACCOUNTS, 4, "import.account.unit-unknown"));
	}

	@Test
	void anAccountOfADeactivatedStoredUnitIsRefused() {
		Unit closed = stored(10L, null, "CLOSED", UnitType.OTHER, null);
		closed.deactivate();
		this.stored.add(closed);

		assertThat(keys(check(List.of(), List.of(account(2, "clerk1", "甲", "推荐单位经办人", "CLOSED", null, PASSWORD)))))
			.containsExactly("import.account.unit-inactive");
	}

	@Test
	void capacityIsRequiredForEndorsersAndForbiddenForOthers() {
		this.stored.add(stored(10L, null, "U", UnitType.AUTHORITY, null));
		ImportCheck check = check(List.of(),
				List.of(account(2, "end1", "甲", "审核人", "U", null, PASSWORD),
						account(3, "clerk1", "乙", "推荐单位经办人", "U", "纪检监察", PASSWORD),
						account(4, "end2", "丙", "审核人", "U", "局长", PASSWORD)));

		assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(2, "import.account.capacity-missing"), tuple(3, "import.account.capacity-forbidden"),
					tuple(4, "import.account.capacity-unknown"));
	}

	@Test
	void usernamesMustBeNewValidAndUniqueInTheFile() {
		this.storedUsernames.add("taken");
		ImportCheck check = check(List.of(),
				List.of(account(2, "taken", "甲", "评委", null, null, PASSWORD),
						account(3, "twice", "乙", "评委", null, null, PASSWORD),
						account(4, "twice", "丙", "评委", null, null, PASSWORD),
						account(5, "张三", "丁", "评委", null, null, PASSWORD),
						account(6, null, "戊", "评委", null, null, PASSWORD)));

		assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(2, "import.account.username-taken"), tuple(4, "import.account.username-duplicate"),
					tuple(5, "import.account.username-invalid"), tuple(6, "import.account.username-missing"));
	}

	@Test
	void initialPasswordsFollowThePasswordPolicy() {
		ImportCheck check = check(List.of(), List.of(account(2, "judge1", "甲", "评委", null, null, "12345678"),
				account(3, "judge2", "乙", "评委", null, null, "abc1"), account(4, "judge3", "丙", "评委", null, null, null)));

		assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::key)
			.containsExactly(tuple(2, "password.needs-letter-and-digit"), tuple(3, "password.too-short"),
					tuple(4, "import.account.password-missing"));
	}

	@Test
	void problemsAreListedByUnitsThenAccountsAndByRow() {
		ImportCheck check = check(List.of(unit(9, "B", "乙", "??", null, null), unit(3, "A", "甲", null, null, null)),
				List.of(account(2, "judge1", "甲", "评委", null, null, "short")));

		assertThat(check.problems()).extracting(ImportProblem::sheet, ImportProblem::row)
			.containsExactly(tuple(ImportSheet.UNITS, 3), tuple(ImportSheet.UNITS, 9), tuple(ImportSheet.ACCOUNTS, 2));
	}

	private ImportCheck check(List<UnitRow> units, List<AccountRow> accounts) {
		return new ImportValidator(VOCABULARY, this.stored, this.storedUsernames::contains)
			.check(new ImportRows(units, accounts));
	}

	private static List<String> keys(ImportCheck check) {
		return check.problems().stream().map(ImportProblem::key).toList();
	}

	private static UnitRow unit(int row, String code, String name, String type, String parent, String town) {
		return new UnitRow(row, code, name, type, parent, town, null);
	}

	private static AccountRow account(int row, String username, String name, String role, String unit,
			String capacity, String password) {
		return new AccountRow(row, username, name, role, unit, capacity, password);
	}

	private static Unit stored(Long id, Long parentId, String code, UnitType type, Long stationedAtId) {
		return new Unit(id, 0L, parentId, code, code, type, stationedAtId, 0, true);
	}

}
