package cn.laurel.system;

import java.util.List;
import java.util.Locale;

import cn.laurel.LaurelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Menu labels are named in Java beans, out of the template scan's sight; every one must exist in both languages. */
@LaurelIntegrationTest
class NavigationMessagesTests {

	@Autowired
	List<NavigationEntry> navigation;

	@Autowired
	MessageSource messages;

	@Test
	void everyMenuEntryHasItsLabelAndDescriptionInChineseAndEnglish() {
		assertThat(this.navigation).isNotEmpty();
		for (NavigationEntry entry : this.navigation) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				for (String key : List.of(entry.labelKey(), entry.descriptionKey())) {
					assertThatNoException().as("%s in %s", key, locale)
						.isThrownBy(() -> this.messages.getMessage(key, null, locale));
				}
			}
		}
	}

}
