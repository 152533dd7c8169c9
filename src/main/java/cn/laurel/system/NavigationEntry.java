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
 * @param campaignSections further sections of a campaign's pages ({@code /campaigns/{id}/board}) it stands for,
 * besides the one named as its path ({@code /review} stands for {@code /campaigns/{id}/review})
 */
public record NavigationEntry(int order, String labelKey, String descriptionKey, String path, Set<String> roles,
		Set<String> campaignSections) {

	public NavigationEntry(int order, String labelKey, String descriptionKey, String path, Set<String> roles) {
		this(order, labelKey, descriptionKey, path, roles, Set.of());
	}

	/** Whether a campaign's page in {@code section} belongs here rather than to the campaigns entry. */
	public boolean standsFor(String section) {
		return this.path.equals("/" + section) || this.campaignSections.contains(section);
	}

	public boolean visibleTo(Collection<String> authorities) {
		return this.roles.stream().anyMatch(role -> authorities.contains("ROLE_" + role));
	}

}
