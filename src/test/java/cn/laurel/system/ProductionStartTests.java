package cn.laurel.system;

import cn.laurel.LaurelApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the profile {@code local} a node needs a real database; it never quietly starts one of its own. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTests {

	@Test
	void withoutTheLocalProfileAndWithoutADatabaseUrlTheAppRefusesToStart(CapturedOutput output) {
		SpringApplicationBuilder production = new SpringApplicationBuilder(LaurelApplication.class)
			.web(WebApplicationType.NONE);

		// command-line arguments outrank the tests' configuration (profile local) and a LAUREL_DB_URL
		assertThatThrownBy(() -> production.run("--spring.profiles.active=production", "--spring.datasource.url="))
			.isInstanceOf(DatabaseUrlMissing.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("without a database URL and without the Spring profile 'local'")
			.contains("Set LAUREL_DB_URL")
			.doesNotContain("laurel-embedded");
	}

}
