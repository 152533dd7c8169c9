package cn.laurel;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import cn.laurel.modularity.FixtureApplication;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module structure: each module uses only what the modules it names publish (the types of their root package),
 * controllers live in their module's {@code web} package, and a module changes another's data only through that
 * module's verbs, never through its repository.
 */
class ModularityTests {

	private static final JavaClasses LAUREL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.laurel");

	/** Repository methods another module may call: queries. */
	private static final Set<String> READS = Set.of("find", "exists", "count", "tree", "current");

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
	void controllersArePackagePrivateInTheirModulesWebPackage() {
		classes().that()
			.areMetaAnnotatedWith(Controller.class)
			.or()
			.areMetaAnnotatedWith(ControllerAdvice.class)
			.should()
			.resideInAPackage("cn.laurel.*.web")
			.andShould()
			.notBePublic()
			.check(LAUREL);
	}

	@Test
	void noModuleWritesThroughAnothersRepository() {
		classes().should(writeOnlyThroughTheirOwnRepositories()).check(LAUREL);
	}

	@Test
	void repositoriesReadInATransaction() {
		classes().that()
			.areInterfaces()
			.and()
			.areAssignableTo(Repository.class)
			.should()
			.beAnnotatedWith(Transactional.class)
			.because("outside a transaction an aggregate's collections are read on a second connection while its "
					+ "rows hold the first, which deadlocks the pool under load")
			.check(LAUREL);
	}

	private static ArchCondition<JavaClass> writeOnlyThroughTheirOwnRepositories() {
		return new ArchCondition<>("change another module's data only through its verbs, not its repository") {

			@Override
			public void check(JavaClass caller, ConditionEvents events) {
				for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
					JavaClass owner = call.getTargetOwner();
					if (isRepository(owner) && !module(owner).equals(module(caller)) && !isRead(call.getName())) {
						events.add(SimpleConditionEvent.violated(call, call.getDescription()));
					}
				}
			}

		};
	}

	private static boolean isRepository(JavaClass type) {
		return type.isAnnotatedWith(org.springframework.stereotype.Repository.class)
				|| type.isAssignableTo(Repository.class);
	}

	private static boolean isRead(String method) {
		return READS.stream().anyMatch(method::startsWith);
	}

	/** The top-level package under {@code cn.laurel}. */
	private static String module(JavaClass type) {
		String name = type.getPackageName();
		String below = name.length() > "cn.laurel.".length() ? name.substring("cn.laurel.".length()) : "";
		int dot = below.indexOf('.');
		return dot < 0 ? below : below.substring(0, dot);
	}

}
