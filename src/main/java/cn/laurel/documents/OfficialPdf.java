package cn.laurel.documents;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import cn.laurel.documents.OfficialDocument.Block;
import cn.laurel.documents.OfficialDocument.Kind;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * An {@link OfficialDocument} on A4 per GB/T 9704-2012: 天头 37 mm, 订口 28 mm, a 版心 of 156 × 225 mm; the
 * 发文机关标志 in red 35 mm below the 版心's top, the 发文字号 two lines under it, the red separator 4 mm below that;
 * the title in 2号 two lines under the separator; body and 主送 in 3号 at a fixed 28 pt line; the 署名 centred over
 * the 成文日期, which stands four characters from the right, under the seal; page numbers in 4号 as — 1 —, right on
 * odd pages and left on even ones.
 * <p>
 * Fonts: Noto Serif SC (bundled as a GB 2312 subset, SIL OFL) stands for 仿宋 in the body and, set heavier by
 * stroking its outline, for 小标宋 in the 标志 and the title; Noto Sans SC stands for 黑体 in the 一级标题 and for
 * any character the serif subset lacks. Both are embedded as subsets.
 */
public final class OfficialPdf {

	private static final float MM = 72f / 25.4f;

	private static final PDRectangle A4 = PDRectangle.A4;

	private static final float LEFT = 28 * MM;

	private static final float WIDTH = 156 * MM;

	private static final float TOP = A4.getHeight() - 37 * MM;

	private static final float BOTTOM = 35 * MM;

	/** 3号. */
	private static final float BODY = 16;

	/** 2号. */
	private static final float TITLE = 22;

	/** 4号. */
	private static final float PAGE_NUMBER = 14;

	private static final float LINE = 28;

	private static final float SEAL = 42 * MM;

	private static final Color RED = new Color(0xE6, 0x00, 0x12);

	private static final byte[] SERIF_BYTES = PdfPages.bundledFont("NotoSerifSC-Regular.ttf");

	private static final BitSet SERIF_HAS = coverage(SERIF_BYTES);

	private final PDDocument document = new PDDocument();

	private final PDFont serif;

	private final PDFont sans;

	private PDPageContentStream content;

	private float y;

	private OfficialPdf() throws IOException {
		this.serif = PDType0Font.load(this.document, new ByteArrayInputStream(SERIF_BYTES), true);
		this.sans = PDType0Font.load(this.document, new ByteArrayInputStream(PdfPages.Font.BYTES), true);
	}

	/** Typesets {@code official} and writes it as PDF. */
	public static void write(OfficialDocument official, OutputStream out) throws IOException {
		OfficialPdf pdf = new OfficialPdf();
		try (PDDocument document = pdf.document) {
			pdf.typeset(official);
			pdf.endPage();
			pdf.numberPages();
			document.save(out);
		}
	}

	private void typeset(OfficialDocument official) throws IOException {
		newPage();
		String body = official.issuingBody().strip();
		float markSize = Math.min(36, WIDTH / Math.max(1, body.length()) * 0.95f);
		this.y = TOP - 35 * MM;
		centred(body, markSize, markSize * 1.2f, Face.TITLE, RED);
		if (official.number() != null && !official.number().isBlank()) {
			this.y -= LINE * 2;
			centred(official.number().strip(), BODY, LINE, Face.BODY, Color.BLACK);
		}
		this.y -= 4 * MM;
		separator();
		this.y -= LINE * 2;
		for (String titleLine : OfficialDocument.titleLines(official.title(), text -> width(text, TITLE, Face.TITLE),
				WIDTH)) {
			centred(titleLine, TITLE, TITLE * 1.6f, Face.TITLE, Color.BLACK);
		}
		this.y -= LINE;
		if (official.recipients() != null && !official.recipients().isBlank()) {
			flow(official.recipients().strip() + OfficialWording.WORDING.text("colon"), 0, Face.BODY);
		}
		for (Block block : official.blocks()) {
			flow(block.text(), 2, block.kind() == Kind.HEADING ? Face.HEADING : Face.BODY);
		}
		signature(official);
	}

	private void signature(OfficialDocument official) throws IOException {
		float needed = LINE * 3;
		if (this.y - needed < BOTTOM) {
			endPage();
			newPage();
		}
		this.y -= LINE;
		String date = OfficialDocument.chineseDate(official.signedOn());
		float dateRight = LEFT + WIDTH - 4 * BODY;
		float dateWidth = width(date, BODY, Face.BODY);
		float centre = dateRight - dateWidth / 2;
		String signer = official.issuingBody().strip();
		float signerWidth = width(signer, BODY, Face.BODY);
		float signerX = Math.min(centre - signerWidth / 2, LEFT + WIDTH - signerWidth);
		float signerTop = this.y;
		line(signer, BODY, LINE, signerX, Face.BODY, Color.BLACK);
		line(date, BODY, LINE, dateRight - dateWidth, Face.BODY, Color.BLACK);
		if (official.seal() != null) {
			PDImageXObject seal = PDImageXObject.createFromByteArray(this.document, official.seal(), "seal");
			float height = SEAL * seal.getHeight() / Math.max(1, seal.getWidth());
			float middle = signerTop - LINE * 0.8f;
			this.content.drawImage(seal, centre - SEAL / 2, middle - height / 2, SEAL, height);
		}
	}

	/** A paragraph from the left edge of the 版心, its first line indented by {@code indent} characters. */
	private void flow(String text, int indent, Face face) throws IOException {
		float first = indent * BODY;
		List<String> lines = PdfPages.wrap(t -> width(t, BODY, face), text, WIDTH - first);
		boolean firstLine = true;
		for (String line : lines) {
			line(line, BODY, LINE, LEFT + (firstLine ? first : 0), face, Color.BLACK);
			firstLine = false;
		}
	}

	private enum Face {

		TITLE, BODY, HEADING

	}

	private void centred(String text, float size, float height, Face face, Color colour) throws IOException {
		line(text, size, height, LEFT + (WIDTH - width(text, size, face)) / 2, face, colour);
	}

	/** One line occupying {@code height}, starting a new page first when it would run below the 版心. */
	private void line(String text, float size, float height, float x, Face face, Color colour) throws IOException {
		if (this.y - height < BOTTOM) {
			endPage();
			newPage();
		}
		this.y -= height;
		float baseline = this.y + (height - size) / 2 + size * 0.12f;
		show(text, size, x, baseline, face, colour);
	}

	/** Draws text run by run: the face's font where it has the glyph, Noto Sans SC where it does not. */
	private void show(String text, float size, float x, float baseline, Face face, Color colour) throws IOException {
		float at = x;
		for (Run run : runs(text, face)) {
			this.content.beginText();
			this.content.setFont(run.font(), size);
			this.content.setNonStrokingColor(colour);
			if (face == Face.TITLE) {
				this.content.setStrokingColor(colour);
				this.content.setLineWidth(size * 0.03f);
				this.content.setRenderingMode(RenderingMode.FILL_STROKE);
			}
			else {
				this.content.setRenderingMode(RenderingMode.FILL);
			}
			this.content.newLineAtOffset(at, baseline);
			this.content.showText(run.text());
			this.content.endText();
			at += run.font().getStringWidth(run.text()) / 1000 * size;
		}
	}

	private record Run(PDFont font, String text) {
	}

	private List<Run> runs(String text, Face face) {
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		PDFont currentFont = null;
		for (int codePoint : text.codePoints().toArray()) {
			int drawn = Character.isISOControl(codePoint) ? ' ' : codePoint;
			PDFont font = face != Face.HEADING && SERIF_HAS.get(drawn) ? this.serif : this.sans;
			if (font == this.sans && !canDraw(this.sans, drawn)) {
				drawn = ' ';
			}
			if (currentFont != null && font != currentFont) {
				runs.add(new Run(currentFont, current.toString()));
				current.setLength(0);
			}
			currentFont = font;
			current.appendCodePoint(drawn);
		}
		if (currentFont != null) {
			runs.add(new Run(currentFont, current.toString()));
		}
		return runs;
	}

	private static boolean canDraw(PDFont font, int codePoint) {
		try {
			font.encode(Character.toString(codePoint));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private float width(String text, float size, Face face) {
		float total = 0;
		try {
			for (Run run : runs(text, face)) {
				total += run.font().getStringWidth(run.text()) / 1000 * size;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return total;
	}

	/** The red line under the 发文字号 across the 版心. */
	private void separator() throws IOException {
		this.content.setStrokingColor(RED);
		this.content.setLineWidth(1.2f);
		this.content.moveTo(LEFT, this.y);
		this.content.lineTo(LEFT + WIDTH, this.y);
		this.content.stroke();
	}

	private void newPage() throws IOException {
		PDPage page = new PDPage(A4);
		this.document.addPage(page);
		this.content = new PDPageContentStream(this.document, page);
		this.y = TOP;
	}

	private void endPage() throws IOException {
		if (this.content != null) {
			this.content.close();
			this.content = null;
		}
	}

	/** — n — in 4号, 7 mm under the 版心: odd pages one character from the right, even ones from the left. */
	private void numberPages() throws IOException {
		int number = 0;
		for (PDPage page : this.document.getPages()) {
			number++;
			String text = "— " + number + " —";
			float textWidth = width(text, PAGE_NUMBER, Face.BODY);
			float x = number % 2 == 1 ? LEFT + WIDTH - PAGE_NUMBER - textWidth : LEFT + PAGE_NUMBER;
			try (PDPageContentStream stream = new PDPageContentStream(this.document, page, AppendMode.APPEND, true)) {
				this.content = stream;
				show(text, PAGE_NUMBER, x, BOTTOM - 7 * MM - PAGE_NUMBER, Face.BODY, Color.BLACK);
			}
			this.content = null;
		}
	}

	private static BitSet coverage(byte[] font) {
		try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
			BitSet has = new BitSet(0x10000);
			var cmap = ttf.getUnicodeCmapLookup();
			for (int codePoint = 0x20; codePoint < 0x10000; codePoint++) {
				if (cmap.getGlyphId(codePoint) > 0) {
					has.set(codePoint);
				}
			}
			return has;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
