package cn.laurel.system.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import cn.laurel.system.NavigationEntry;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation of the signed-in user's role into every page's model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class NavigationAdvice {

	private static final Pattern CAMPAIGN_PAGE = Pattern.compile("/campaigns/\\d+/([a-z-]+)");

	private final List<NavigationEntry> entries;

	NavigationAdvice(List<NavigationEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationEntry> navigation(Authentication authentication) {
		if (authentication == null) {
			return List.of();
		}
		List<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return this.entries.stream().filter(entry -> entry.visibleTo(authorities)).toList();
	}

	/**
	 * The path of the entry the page belongs to: a campaign's page in another module's section
	 * ({@code /campaigns/7/scoring}) to that module's entry, any other page to the longest entry path it starts with.
	 */
	@ModelAttribute("activePath")
	String activePath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher campaignPage = CAMPAIGN_PAGE.matcher(path);
		if (campaignPage.lookingAt()) {
			String section = campaignPage.group(1);
			Optional<NavigationEntry> module = this.entries.stream().filter(entry -> entry.standsFor(section)).findFirst();
			if (module.isPresent()) {
				return module.get().path();
			}
		}
		return this.entries.stream()
			.map(NavigationEntry::path)
			.filter(path::startsWith)
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
	}

}
