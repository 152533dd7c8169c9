package cn.laurel.award;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

import cn.laurel.award.CertificateField.Placement;
import cn.laurel.documents.DocumentNames;
import cn.laurel.documents.OfficeFont;
import cn.laurel.documents.OfficialDocument;
import cn.laurel.documents.PdfPages;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One honouree's certificate (荣誉证书) on A4 landscape, worded as offices word them: a person is addressed as
 * 王立新同志：, an organisation by its name, a 实事 through the unit that carried it out; then 在…中，被评为“…”。特发此证，
 * 以资鼓励。, the issuing body (the campaign's 发文机关, not the meeting that decided) over the date in Chinese
 * numerals, and the seal over both. Without an uploaded background the page gets a red and gold double frame. The
 * heading is set in 小标宋, the wording in 楷体, the number in 仿宋 (the bundled stand-ins, embedded).
 */
@Component
class CertificateDocument {

	static final Color RED = new Color(0xC8, 0x10, 0x2E);

	private static final Color GOLD = new Color(0xB8, 0x86, 0x0B);

	private static final float MM_PER_POINT = 25.4f / 72;

	/** The seal's diameter, as the 公文 print it. */
	private static final float SEAL_MM = 40;

	private final MessageSource messages;

	CertificateDocument(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Who issues the certificates and when.
	 * @param campaignTitle what the honour was won in, e.g. 首届“最美综合执法人”评选
	 * @param seal the issuing body's seal as PNG; {@code null}: none
	 */
	record Issued(String campaignTitle, String issuingBody, LocalDate on, byte[] seal) {
	}

	void write(CertificateTemplate template, Issued issued, ShortlistEntry honouree, String number, Locale locale,
			OutputStream out) throws IOException {
		try (PdfPages pages = PdfPages.landscape(0)) {
			pages.newPage();
			if (template.hasBackground()) {
				pages.background(template.background());
			}
			else {
				frame(pages);
			}
			place(pages, template, CertificateField.HEADING, message("award.certificate.heading", locale),
					OfficeFont.XIAOBIAOSONG, RED);
			place(pages, template, CertificateField.NAME, message("award.certificate.addressee." + honouree.kind(),
					locale, honouree.displayName(), honouree.unitName()), OfficeFont.KAITI, Color.BLACK);
			place(pages, template, CertificateField.UNIT, honouree.unitName(), OfficeFont.KAITI, Color.BLACK);
			Placement wording = template.placement(CertificateField.HONOUR);
			if (wording.size() > 0) {
				pages.paragraphAt(message("award.certificate.wording." + honouree.kind(), locale, issued.campaignTitle(),
						honour(template, honouree), honouree.displayName()), OfficeFont.KAITI, wording.size(),
						wording.xMm(), wording.yMm(), Placement.WIDTH_MM - 2 * wording.xMm(), 2,
						wording.size() * 1.9f * MM_PER_POINT, Color.BLACK);
			}
			place(pages, template, CertificateField.NUMBER, message("award.certificate.number", locale, number),
					OfficeFont.FANGSONG, Color.BLACK);
			signature(pages, template.placement(CertificateField.DECISION), issued);
			pages.write(out);
		}
	}

	/** The issuing body, the date a line under it, and the seal centred over the two as offices stamp it. */
	private static void signature(PdfPages pages, Placement at, Issued issued) {
		if (at.size() <= 0) {
			return;
		}
		float line = at.size() * 1.7f * MM_PER_POINT;
		pages.place(issued.issuingBody(), OfficeFont.KAITI, at.size(), at.xMm(), at.yMm(),
				CertificateField.DECISION.align(), Color.BLACK);
		pages.place(OfficialDocument.chineseDate(issued.on()), OfficeFont.KAITI, at.size(), at.xMm(), at.yMm() + line,
				CertificateField.DECISION.align(), Color.BLACK);
		if (issued.seal() != null) {
			pages.picture(issued.seal(), at.xMm(), at.yMm() + line / 2 - at.size() * MM_PER_POINT / 3, SEAL_MM);
		}
	}

	/** A red rule 8 mm in from the edge, a gold one inside it and gold lozenges at its corners. */
	private static void frame(PdfPages pages) {
		float width = Placement.WIDTH_MM;
		float height = Placement.HEIGHT_MM;
		pages.rectangle(8, 8, width - 16, height - 16, 4, RED);
		pages.rectangle(12, 12, width - 24, height - 24, 1, GOLD);
		for (float x : new float[] { 12, width - 12 }) {
			for (float y : new float[] { 12, height - 12 }) {
				pages.lozenge(x, y, 7, GOLD);
			}
		}
		pages.lozenge(width / 2, 12, 5, RED);
		pages.lozenge(width / 2, height - 12, 5, RED);
	}

	private static void place(PdfPages pages, CertificateTemplate template, CertificateField field, String text,
			OfficeFont face, Color colour) {
		Placement at = template.placement(field);
		if (at.size() > 0) {
			pages.place(text, face, at.size(), at.xMm(), at.yMm(), field.align(), colour);
		}
	}

	/** The file's name in a batch: 证书-姓名.pdf, safe on every file system. */
	String fileName(ShortlistEntry honouree, Locale locale) {
		return DocumentNames.safe(message("award.certificate.file-name", locale, honouree.displayName()));
	}

	/**
	 * The honour the certificate names: the template's title, or else the honouree's category; without quotes of
	 * its own, as the wording quotes it.
	 */
	static String honour(CertificateTemplate template, ShortlistEntry honouree) {
		String honour = template.honourTitle() == null ? honouree.categoryName() : template.honourTitle();
		return honour.strip().replaceAll("^[\"\u201C]+|[\"\u201D]+$", "");
	}

	/** The certificate number: the prefix (the decision's year by default) and the place in the decided list. */
	static String number(CertificateTemplate template, Decision decision, ShortlistEntry honouree) {
		return number(template, decision.decidedOn(), decision.honourees().indexOf(honouree) + 1);
	}

	static String number(CertificateTemplate template, LocalDate decidedOn, int place) {
		String prefix = template.numberPrefix() == null ? decidedOn.getYear() + "-" : template.numberPrefix();
		return prefix + "%03d".formatted(place);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
