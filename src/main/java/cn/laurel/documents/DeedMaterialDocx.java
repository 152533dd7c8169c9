package cn.laurel.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import cn.laurel.documents.OfficialDocument.Block;
import cn.laurel.documents.OfficialDocument.Kind;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import org.springframework.stereotype.Component;

/**
 * The electronic file seed 003 附件4 asks for: the 推荐表 and the 典型事迹材料 merged into one Word document, one per
 * nomination, named 【推荐表】推荐单位+推荐项目+名称.docx. The form keeps its own section; the material starts on a new
 * page in a section of its own laid out as 附件4 says: A4 with margins of 3.7 cm top, 3.5 cm bottom and 2.7 cm left
 * and right; the 主标题 two lines down, centred, in 2号方正小标宋简体; the subtitle centred in 3号楷体; a blank line;
 * the body in 3号仿宋 at a fixed 28 pt line, 一级标题 in 3号黑体, digits and Latin letters in Times New Roman; page
 * numbers from 1, centred, in 4号宋体. Fonts are named as offices have them installed.
 */
@Component
public class DeedMaterialDocx {

	public static final String CONTENT_TYPE = NominationDocx.CONTENT_TYPE;

	/** 2号. */
	static final int TITLE_SIZE = 22;

	/** 3号. */
	static final int BODY_SIZE = 16;

	/** 4号. */
	static final int PAGE_NUMBER_SIZE = 14;

	/** 28磅 in twentieths of a point. */
	static final int LINE_TWIPS = 28 * 20;

	static final int MARGIN_TOP = twips(37);

	static final int MARGIN_BOTTOM = twips(35);

	static final int MARGIN_SIDE = twips(27);

	private static final String LATIN_FONT = "Times New Roman";

	private final NominationDocx forms;

	private final DocumentNames names;

	public DeedMaterialDocx(NominationDocx forms, DocumentNames names) {
		this.forms = forms;
		this.names = names;
	}

	/** A nomination's form and its material, as one file. */
	public record Filed(NominationSheet sheet, DeedMaterial material) {
	}

	/** The file's name, as the form's: 【推荐表】推荐单位+推荐项目+名称.docx. */
	public String fileName(NominationSheet sheet, Locale locale) {
		return this.names.fileName(sheet, locale);
	}

	public void write(Filed filed, Locale locale, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			this.forms.form(document, filed.sheet(), locale);
			endSection(document);
			material(document, filed.material());
			document.write(out);
		}
	}

	/** One file per nomination in a zip, in the order given; equal names are numbered. */
	public void writeBatch(List<Filed> filed, Locale locale, OutputStream out) throws IOException {
		try (ZipBundle zip = new ZipBundle(out)) {
			for (Filed one : filed) {
				zip.add(fileName(one.sheet(), locale), file -> write(one, locale, file));
			}
		}
	}

	/** Closes the form's section with a copy of its page settings, so what follows starts a new page. */
	private static void endSection(XWPFDocument document) {
		CTSectPr form = (CTSectPr) document.getDocument().getBody().getSectPr().copy();
		document.createParagraph().getCTP().addNewPPr().setSectPr(form);
	}

	private static void material(XWPFDocument document, DeedMaterial material) {
		CTSectPr section = document.getDocument().getBody().getSectPr();
		CTPageMar margins = section.getPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
		margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
		section.addNewPgNumType().setStart(BigInteger.ONE);
		pageNumbers(document);
		XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, material.title(), OfficeFont.XIAOBIAOSONG,
				TITLE_SIZE);
		title.setSpacingBefore(2 * LINE_TWIPS);
		paragraph(document, ParagraphAlignment.CENTER, material.subtitle(), OfficeFont.KAITI, BODY_SIZE);
		paragraph(document, ParagraphAlignment.CENTER, "", OfficeFont.FANGSONG, BODY_SIZE);
		for (Block block : material.blocks()) {
			XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH, block.text(),
					block.kind() == Kind.HEADING ? OfficeFont.HEITI : OfficeFont.FANGSONG, BODY_SIZE);
			paragraph.setIndentationFirstLine(2 * BODY_SIZE * 20);
		}
	}

	/** The footer of the material's section: the page number as a PAGE field, centred. */
	private static void pageNumbers(XWPFDocument document) {
		XWPFParagraph number = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		field(number, STFldCharType.BEGIN);
		run(number, OfficeFont.SONG, PAGE_NUMBER_SIZE, OfficeFont.SONG.officeName()).getCTR().addNewInstrText()
			.setStringValue(" PAGE ");
		field(number, STFldCharType.SEPARATE);
		run(number, OfficeFont.SONG, PAGE_NUMBER_SIZE, OfficeFont.SONG.officeName()).setText("1");
		field(number, STFldCharType.END);
	}

	private static void field(XWPFParagraph paragraph, STFldCharType.Enum type) {
		run(paragraph, OfficeFont.SONG, PAGE_NUMBER_SIZE, OfficeFont.SONG.officeName()).getCTR().addNewFldChar()
			.setFldCharType(type);
	}

	/** A paragraph of one run on the fixed 28 pt line, digits and Latin letters in Times New Roman. */
	private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, String text,
			OfficeFont font, int size) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
		run(paragraph, font, size, LATIN_FONT).setText(text);
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, OfficeFont font, int size, String latinFont) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font.officeName(), FontCharRange.eastAsia);
		run.setFontFamily(latinFont, FontCharRange.ascii);
		run.setFontFamily(latinFont, FontCharRange.hAnsi);
		run.setFontSize(size);
		return run;
	}

	private static int twips(int millimetres) {
		return Math.round(millimetres * 1440 / 25.4f);
	}

}
