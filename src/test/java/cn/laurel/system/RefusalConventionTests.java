package cn.laurel.system;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Every exception a module throws to refuse something is a {@link Refusal}, so that the API answers it as a
 * problem and pages show its reasons alike. The exceptions below are not refusals: they never leave their class.
 */
class RefusalConventionTests {

	@Test
	void everyModulesExceptionIsARefusal() {
		classes().that()
			.areAssignableTo(RuntimeException.class)
			.and()
			.doNotHaveFullyQualifiedName("cn.laurel.system.DatabaseUrlMissing")
			.and()
			.doNotHaveFullyQualifiedName("cn.laurel.calendar.HolidayNoticeParser$Unreadable")
			.and()
			.doNotHaveFullyQualifiedName("cn.laurel.org.OrgWorkbook$UnreadableWorkbook")
			.and()
			.doNotHaveFullyQualifiedName("cn.laurel.voting.VoteWriter$Busy")
			.should()
			.beAssignableTo(Refusal.class)
			.because("a refusal is one type per module on one shared base (STYLE.md)")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("cn.laurel"));
	}

}
