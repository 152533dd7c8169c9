package cn.laurel.award;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import cn.laurel.award.CertificateField.Placement;
import cn.laurel.documents.DocumentNames;
import cn.laurel.documents.PdfPages;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One honouree's certificate (荣誉证书) on A4 landscape: the background picture if the template has one, and each
 * field at the template's place, in the bundled Chinese font embedded in the file.
 */
@Component
class CertificateDocument {

	private final MessageSource messages;

	CertificateDocument(MessageSource messages) {
		this.messages = messages;
	}

	void write(CertificateTemplate template, Decision decision, ShortlistEntry honouree, Locale locale,
			OutputStream out) throws IOException {
		try (PdfPages pages = PdfPages.landscape(0)) {
			pages.newPage();
			if (template.hasBackground()) {
				pages.background(template.background());
			}
			for (CertificateField field : CertificateField.values()) {
				Placement at = template.placement(field);
				if (at.size() > 0) {
					pages.place(text(field, template, decision, honouree, locale), at.size(), at.xMm(), at.yMm(),
							field.align());
				}
			}
			pages.write(out);
		}
	}

	/** The file's name in a batch: 证书-姓名.pdf, safe on every file system. */
	String fileName(ShortlistEntry honouree, Locale locale) {
		return DocumentNames.safe(message("award.certificate.file-name", locale, honouree.displayName()));
	}

	/** The honour the certificate names: the template's title, or else the honouree's category. */
	static String honour(CertificateTemplate template, ShortlistEntry honouree) {
		return template.honourTitle() == null ? honouree.categoryName() : template.honourTitle();
	}

	/** The certificate number: the prefix (the decision's year by default) and the place in the decided list. */
	static String number(CertificateTemplate template, Decision decision, ShortlistEntry honouree) {
		String prefix = template.numberPrefix() == null ? decision.decidedOn().getYear() + "-"
				: template.numberPrefix();
		return prefix + "%03d".formatted(decision.honourees().indexOf(honouree) + 1);
	}

	private String text(CertificateField field, CertificateTemplate template, Decision decision,
			ShortlistEntry honouree, Locale locale) {
		return switch (field) {
			case HEADING -> message("award.certificate.heading", locale);
			case NAME -> honouree.displayName();
			case UNIT -> honouree.unitName();
			case HONOUR -> message("award.certificate.honour", locale, honour(template, honouree));
			case DECISION -> message("award.certificate.decision", locale, decision.decidingBody(),
					String.valueOf(decision.decidedOn().getYear()), String.valueOf(decision.decidedOn().getMonthValue()),
					String.valueOf(decision.decidedOn().getDayOfMonth()));
			case NUMBER -> message("award.certificate.number", locale, number(template, decision, honouree));
		};
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
