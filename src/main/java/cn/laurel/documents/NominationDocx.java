package cn.laurel.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static cn.laurel.documents.DocxCells.BODY_FONT;
import static cn.laurel.documents.DocxCells.BODY_SIZE;
import static cn.laurel.documents.DocxCells.PROSE_INDENT;
import static cn.laurel.documents.DocxCells.centred;
import static cn.laurel.documents.DocxCells.label;
import static cn.laurel.documents.DocxCells.lines;
import static cn.laurel.documents.DocxCells.paragraph;
import static cn.laurel.documents.DocxCells.run;

/**
 * Writes a nomination as a Word form laid out like the seeds' attachment tables (seed 000 附件2/3, seed 003
 * 附件1/2/3): the title, the nominating unit and category, then one bordered table with shaded label cells,
 * short answers two to a row, whole-width rows for long text, tables (team members, 个人简历) under their
 * label, the 2-inch portrait top right beside the leading short answers, other photos in a row of their own,
 * and the endorsement rows at the bottom with signature, seal marker and date. The page is A4 with seed 003
 * 附件4's margins; text is 仿宋 小四 with Times New Roman for Latin letters and digits (seed 003 填表说明 二).
 * The printed words that are not the caller's (签字, （盖章）, the date) come from {@code messages/documents}
 * in the locale asked for.
 */
@Component
public class NominationDocx {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	// Sizes are in twips, 1/1440 inch: 567 to the centimetre.

	// Sizes are in twips, 1/1440 inch: 567 to the centimetre.
	private static final int PAGE_WIDTH = 11906;

	private static final int PAGE_HEIGHT = 16838;

	private static final int MARGIN_TOP = 2098;

	private static final int MARGIN_BOTTOM = 1985;

	private static final int MARGIN_SIDE = 1531;

	static final int TABLE_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

	/** 黑体. */
	private static final String TITLE_FONT = "SimHei";

	/** 小二. */
	private static final int TITLE_SIZE = 18;

	/** The cover's title stands about a third down the page. */
	private static final int COVER_TOP = 2835;

	private static final int COVER_INDENT = 1134;

	private static final int COVER_LINE_GAP = 480;

	/** 三号, the cover's lines. */
	private static final int COVER_SIZE = 16;

	private final MessageSource messages;

	private final DocumentNames names;

	public NominationDocx(MessageSource messages, DocumentNames names) {
		this.messages = messages;
		this.names = names;
	}

	/** Writes one sheet as a .docx document. */
	public void write(NominationSheet sheet, Locale locale, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			form(document, sheet, locale);
			document.write(out);
		}
	}

	/**
	 * Writes the cover page where the form has one, then the form, into an empty document, which ends with the A4
	 * page's section properties.
	 */
	void form(XWPFDocument document, NominationSheet sheet, Locale locale) {
		page(document);
		if (sheet.frame().cover() != null) {
			cover(document, sheet, sheet.frame().cover(), locale);
		}
		if (sheet.frame().heading() != null) {
			titleLine(document, 0).accept(sheet.frame().heading());
		}
		titleLine(document, 240).accept(sheet.title());
		XWPFParagraph nominated = document.createParagraph();
		nominated.setSpacingAfter(120);
		run(nominated, message("documents.docx.unit", locale, sheet.nominatingUnit()) + "    "
				+ message("documents.docx.category", locale, sheet.category()), BODY_FONT, BODY_SIZE);
		new NominationTable(sheet, locale, this.messages).table().writeTo(document, TABLE_WIDTH);
	}

	/**
	 * Seed 003's cover: the title, the nominee's line, the unit's seal and the date, then the 填表说明 on the
	 * back (the form is printed on both sides), each page ending in a page break.
	 */
	private void cover(XWPFDocument document, NominationSheet sheet, NominationSheet.Cover cover, Locale locale) {
		XWPFParagraph top = document.createParagraph();
		top.setSpacingBefore(COVER_TOP);
		for (String line : cover.title().split("\\R")) {
			titleLine(document, 0).accept(line);
		}
		for (String line : List.of(message("documents.docx.cover-name", locale, cover.nameLabel(), sheet.nomineeName()),
				message("documents.docx.cover-unit", locale, sheet.nominatingUnit()),
				message("documents.docx.cover-date", locale))) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setIndentationLeft(COVER_INDENT);
			paragraph.setSpacingBefore(COVER_LINE_GAP);
			run(paragraph, line, BODY_FONT, COVER_SIZE);
		}
		document.createParagraph().setPageBreak(true);
		titleLine(document, 240).accept(message("documents.docx.cover-notes", locale));
		for (String note : cover.notes()) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setIndentationFirstLine(PROSE_INDENT);
			run(paragraph, note, BODY_FONT, BODY_SIZE);
		}
		document.createParagraph().setPageBreak(true);
	}

	/** A centred bold line in the title's font, followed by {@code after} twips. */
	private static Consumer<String> titleLine(XWPFDocument document, int after) {
		return text -> {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setSpacingAfter(after);
			run(paragraph, text, TITLE_FONT, TITLE_SIZE).setBold(true);
		};
	}

	/**
	 * Writes the sheets as one zip of .docx files named by {@link DocumentNames}, one per sheet in the order
	 * given; equal names are numbered.
	 */
	public void writeBatch(List<NominationSheet> sheets, Locale locale, OutputStream out) throws IOException {
		try (ZipBundle zip = new ZipBundle(out)) {
			for (NominationSheet sheet : sheets) {
				zip.add(this.names.fileName(sheet, locale), document -> write(sheet, locale, document));
			}
		}
	}

	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
		margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
