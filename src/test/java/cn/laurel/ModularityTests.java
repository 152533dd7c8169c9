package cn.laurel;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublishedApiAndFormNoCycles() {
		ApplicationModules.of(LaurelApplication.class).verify();
	}

}
