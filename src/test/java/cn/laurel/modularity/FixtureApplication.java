package cn.laurel.modularity;

import org.springframework.modulith.Modulithic;

/**
 * The root of a two-module fixture ({@code a} and {@code b}) in which {@code a} reaches into {@code b}'s web package,
 * to show that the module verification refuses such a reach.
 */
@Modulithic
public final class FixtureApplication {

	private FixtureApplication() {
	}

}
