package cn.laurel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import cn.laurel.modularity.FixtureApplication;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublishedApiAndFormNoCycles() {
		ApplicationModules.of(LaurelApplication.class).verify();
	}

	@Test
	void aModuleReachingIntoAnothersSubPackageFailsTheVerification() {
		ApplicationModules fixture = ApplicationModules.of(FixtureApplication.class, location -> true);
		assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class)
			.hasMessageContaining("cn.laurel.modularity.a.Reaching")
			.hasMessageContaining("non-exposed type cn.laurel.modularity.b.web.Internal");
	}

	@Test
	void repositoriesReadInATransaction() {
		JavaClasses laurel = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.laurel");
		classes().that()
			.areInterfaces()
			.and()
			.areAssignableTo(Repository.class)
			.should()
			.beAnnotatedWith(Transactional.class)
			.because("outside a transaction an aggregate's collections are read on a second connection while its "
					+ "rows hold the first, which deadlocks the pool under load")
			.check(laurel);
	}

}
