package cn.laurel.publicity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.laurel.campaign.Campaign;
import cn.laurel.documents.PdfPages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 公示公告 as PDF: the campaign, the candidates of the round by category with unit and deed summary, the
 * period, and how to object. Only what the public page shows; never personal data.
 */
@Component
class PublicityNotice {

	private final MessageSource messages;

	PublicityNotice(MessageSource messages) {
		this.messages = messages;
	}

	void write(Campaign campaign, PublicityRound round, List<ShortlistEntry> candidates, String objectionUrl,
			Locale locale, OutputStream out) throws IOException {
		try (PdfPages pages = PdfPages.portrait(25)) {
			pages.centred(text(round.isSecond() ? "publicity.notice.title-second" : "publicity.notice.title", locale),
					22);
			pages.space(4);
			pages.paragraph(text("publicity.notice.intro", locale, campaign.getTitle(), round.startsOn(),
					round.endsOn(), round.workingDays()), 12, 2);
			for (Map.Entry<String, List<ShortlistEntry>> category : byCategory(candidates).entrySet()) {
				pages.space(4);
				pages.paragraph(category.getKey(), 14, 0);
				int number = 1;
				for (ShortlistEntry candidate : category.getValue()) {
					pages.space(1);
					pages.paragraph(text("publicity.notice.candidate", locale, number++, candidate.displayName(),
							candidate.unitName()), 12, 2);
					if (!candidate.deedSummary().isBlank()) {
						pages.paragraph(candidate.deedSummary(), 10.5f, 4);
					}
				}
			}
			pages.space(6);
			pages.paragraph(text("publicity.notice.how-to-object", locale, round.endsOn(), objectionUrl), 12, 2);
			pages.space(8);
			pages.right(text("publicity.notice.issuer", locale, campaign.getTitle()), 12);
			pages.right(round.startsOn().toString(), 12);
			pages.write(out);
		}
	}

	static Map<String, List<ShortlistEntry>> byCategory(List<ShortlistEntry> candidates) {
		Map<String, List<ShortlistEntry>> grouped = new LinkedHashMap<>();
		candidates.forEach(c -> grouped.computeIfAbsent(c.categoryName(), name -> new ArrayList<>()).add(c));
		return grouped;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
