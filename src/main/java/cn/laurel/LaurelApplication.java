package cn.laurel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Laurel — 先进典型评选表彰平台. A modular monolith: each top-level package is a module
 * owning its tables, rules, controllers and templates.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LaurelApplication {

	public static void main(String[] args) {
		SpringApplication.run(LaurelApplication.class, args);
	}

}
