package cn.laurel.award;

import java.util.List;
import java.util.Locale;

import cn.laurel.campaign.Violation;
import cn.laurel.campaign.ViolationMessages;

import org.springframework.context.MessageSource;

/** A decision or award verb was refused; the reasons are message keys with their arguments. */
public class AwardRefused extends RuntimeException {

	private final transient List<Violation> reasons;

	AwardRefused(List<Violation> reasons) {
		super(reasons.toString());
		this.reasons = List.copyOf(reasons);
	}

	public List<Violation> reasons() {
		return this.reasons;
	}

	/** The reasons as the page shows them, in the reader's language. */
	public List<String> rendered(MessageSource messages, Locale locale) {
		return this.reasons.stream().map(reason -> ViolationMessages.render(messages, reason, locale)).toList();
	}

}
