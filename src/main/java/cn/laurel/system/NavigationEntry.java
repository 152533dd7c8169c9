package cn.laurel.system;

import java.util.Collection;
import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module as a bean so that the layout needs no
 * knowledge of the modules. Shown to users holding one of {@code roles}.
 *
 * @param order position in the menu
 * @param labelKey message key of the label
 * @param descriptionKey message key of a one-line description on the home page
 * @param path where it leads
 * @param roles role names (without {@code ROLE_}) that see it
 */
public record NavigationEntry(int order, String labelKey, String descriptionKey, String path, Set<String> roles) {

	public boolean visibleTo(Collection<String> authorities) {
		return this.roles.stream().anyMatch(role -> authorities.contains("ROLE_" + role));
	}

}
