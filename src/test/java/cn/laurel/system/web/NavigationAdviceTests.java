package cn.laurel.system.web;

import java.util.List;
import java.util.Set;

import cn.laurel.system.NavigationEntry;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which menu entry a page lights up. */
class NavigationAdviceTests {

	private final NavigationAdvice advice = new NavigationAdvice(List.of(
			new NavigationEntry(10, "nav.campaigns", "d", "/campaigns", Set.of("ORGANISER")),
			new NavigationEntry(30, "nav.review", "d", "/review", Set.of("ORGANISER"), Set.of("board")),
			new NavigationEntry(50, "nav.scoring", "d", "/scoring", Set.of("ORGANISER")),
			new NavigationEntry(80, "nav.units", "d", "/admin/units", Set.of("ADMIN"))));

	@Test
	void aCampaignsPageInAModulesSectionLightsUpThatModule() {
		assertThat(active("/campaigns/7/scoring/panels/3")).isEqualTo("/scoring");
		assertThat(active("/campaigns/7/review")).isEqualTo("/review");
		assertThat(active("/campaigns/7/board")).isEqualTo("/review");
		assertThat(active("/campaigns/7/board.xlsx")).isEqualTo("/review");
	}

	@Test
	void theCampaignsOwnPagesAndOtherPagesLightUpTheEntryTheyStartWith() {
		assertThat(active("/campaigns/7/scope")).isEqualTo("/campaigns");
		assertThat(active("/campaigns/7")).isEqualTo("/campaigns");
		assertThat(active("/admin/units/4")).isEqualTo("/admin/units");
		assertThat(active("/account/password")).isNull();
	}

	private String active(String path) {
		return this.advice.activePath(new MockHttpServletRequest("GET", path));
	}

}
