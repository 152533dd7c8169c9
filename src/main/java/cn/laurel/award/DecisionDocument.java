package cn.laurel.award;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.laurel.campaign.Campaign;
import cn.laurel.documents.PdfPages;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 表彰决定 (选树决定, 命名决定) as PDF: the title after the campaign and the wording chosen, the document number,
 * the deciding body and date, the honourees grouped by category with their units, and the issuer.
 */
@Component
class DecisionDocument {

	private final MessageSource messages;

	DecisionDocument(MessageSource messages) {
		this.messages = messages;
	}

	void write(Campaign campaign, Decision decision, Locale locale, OutputStream out) throws IOException {
		String wording = text(decision.wording().messageKey(), locale);
		try (PdfPages pages = PdfPages.portrait(28)) {
			pages.centred(text("award.document.title", locale, campaign.getTitle(), wording), 20);
			if (decision.documentNumber() != null) {
				pages.space(2);
				pages.centred(decision.documentNumber(), 12);
			}
			pages.space(6);
			pages.paragraph(text("award.document.intro", locale, decision.decidingBody(), decision.decidedOn(),
					campaign.getTitle(), decision.honourees().size()), 13, 2);
			for (Map.Entry<String, List<ShortlistEntry>> category : decision.byCategory().entrySet()) {
				pages.space(4);
				pages.centred(text("award.document.category", locale, category.getKey(), category.getValue().size()),
						14);
				for (ShortlistEntry honouree : category.getValue()) {
					pages.paragraph(text("award.document.honouree", locale, honouree.displayName(),
							honouree.unitName()), 13, 2);
				}
			}
			pages.space(6);
			pages.paragraph(text("award.document.closing", locale), 13, 2);
			pages.space(10);
			pages.right(decision.decidingBody(), 13);
			pages.right(decision.decidedOn().toString(), 13);
			pages.write(out);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
