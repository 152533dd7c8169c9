package cn.laurel.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

import cn.laurel.documents.OfficialDocument.Block;
import cn.laurel.documents.OfficialDocument.Kind;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * An {@link OfficialDocument} as Word, for offices that edit it before issuing: the same texts and the layout of
 * GB/T 9704-2012 (A4, 天头 37 mm, 订口 28 mm, body in 仿宋_GB2312 3号 at exactly 28 pt, title in 方正小标宋简体 2号,
 * 一级标题 in 黑体, the 发文机关标志 and the separator in red) with the fonts named as offices have them installed.
 */
public final class OfficialDocx {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XIAOBIAOSONG = OfficeFont.XIAOBIAOSONG.officeName();

	static final String FANGSONG = OfficeFont.FANGSONG.officeName();

	static final String HEITI = OfficeFont.HEITI.officeName();

	private static final String RED = "E60012";


	private static final double LINE = 28;

	private OfficialDocx() {
	}

	public static void write(OfficialDocument official, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			page(document);
			String body = official.issuingBody().strip();
			int markSize = (int) Math.min(36, 156 * 72 / 25.4 / Math.max(1, body.length()) * 0.95);
			XWPFParagraph mark = paragraph(document, ParagraphAlignment.CENTER, body, XIAOBIAOSONG, markSize, RED);
			mark.setSpacingBefore((int) twips(35));
			mark.setSpacingBetween(1.2, LineSpacingRule.AUTO);
			if (official.number() != null && !official.number().isBlank()) {
				XWPFParagraph number = paragraph(document, ParagraphAlignment.CENTER, official.number().strip(),
						FANGSONG, 16, null);
				number.setSpacingBefore((int) (LINE * 2 * 20));
			}
			XWPFParagraph separator = document.createParagraph();
			separator.setBorderBottom(Borders.SINGLE);
			separator.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
			separator.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
			separator.setSpacingBetween(4 * 72 / 25.4, LineSpacingRule.EXACT);
			XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER, null, XIAOBIAOSONG, 22, null);
			title.setSpacingBefore((int) (LINE * 2 * 20));
			title.setSpacingAfter((int) (LINE * 20));
			boolean first = true;
			for (String line : OfficialDocument.titleLines(official.title(), text -> text.length() * 22.0,
					(float) (156 * 72 / 25.4))) {
				XWPFRun run = run(title, XIAOBIAOSONG, 22, null);
				if (!first) {
					run.addBreak();
				}
				run.setText(line);
				first = false;
			}
			if (official.recipients() != null && !official.recipients().isBlank()) {
				paragraph(document, ParagraphAlignment.LEFT, official.recipients().strip() + OfficialWording.WORDING.text("colon"), FANGSONG, 16, null);
			}
			for (Block block : official.blocks()) {
				XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.LEFT, block.text(),
						block.kind() == Kind.HEADING ? HEITI : FANGSONG, 16, null);
				paragraph.setIndentationFirstLine(2 * 16 * 20);
			}
			signature(document, official);
			document.write(out);
		}
	}

	private static void signature(XWPFDocument document, OfficialDocument official) throws IOException {
		String date = OfficialDocument.chineseDate(official.signedOn());
		String signer = official.issuingBody().strip();
		if (official.seal() != null) {
			XWPFParagraph seal = document.createParagraph();
			seal.setAlignment(ParagraphAlignment.RIGHT);
			seal.setIndentationRight(4 * 16 * 20 + Math.max(0, date.length() * 16 * 20 / 2 - 60 * 20));
			try {
				seal.createRun().addPicture(new ByteArrayInputStream(official.seal()), PictureType.PNG, "seal.png",
						Units.toEMU(42 * 72 / 25.4), Units.toEMU(42 * 72 / 25.4));
			}
			catch (InvalidFormatException ex) {
				throw new IOException(ex);
			}
		}
		XWPFParagraph signed = paragraph(document, ParagraphAlignment.RIGHT, signer, FANGSONG, 16, null);
		signed.setSpacingBefore(official.seal() != null ? 0 : (int) (LINE * 20));
		signed.setIndentationRight(4 * 16 * 20 + Math.max(0, (date.length() - signer.length()) * 16 * 20 / 2));
		XWPFParagraph dated = paragraph(document, ParagraphAlignment.RIGHT, date, FANGSONG, 16, null);
		dated.setIndentationRight(4 * 16 * 20);
	}

	private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, String text,
			String font, int points, String colour) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(LINE, LineSpacingRule.EXACT);
		if (text != null) {
			run(paragraph, font, points, colour).setText(text);
		}
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String font, int points, String colour) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font, FontCharRange.eastAsia);
		run.setFontFamily(font, FontCharRange.ascii);
		run.setFontFamily(font, FontCharRange.hAnsi);
		run.setFontSize(points);
		if (colour != null) {
			run.setColor(colour);
		}
		return run;
	}

	private static long twips(double millimetres) {
		return Math.round(millimetres * 1440 / 25.4);
	}

	/** A4 with the margins of GB/T 9704-2012: 天头 37 mm, 订口 28 mm, right 26 mm, bottom 35 mm. */
	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(37)));
		margins.setLeft(BigInteger.valueOf(twips(28)));
		margins.setRight(BigInteger.valueOf(twips(26)));
		margins.setBottom(BigInteger.valueOf(twips(35)));
	}

}
