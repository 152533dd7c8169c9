package cn.laurel.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.laurel.documents.OfficialDocument.Block;
import cn.laurel.documents.OfficialDocument.Kind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An {@link OfficialDocument} on A4 per GB/T 9704-2012: 天头 37 mm, 订口 28 mm, a 版心 of 156 × 225 mm; the
 * 发文机关标志 in red 35 mm below the 版心's top, the 发文字号 two lines under it, the red separator 4 mm below that;
 * the title in 2号 two lines under the separator; body and 主送 in 3号 at a fixed 28 pt line; the 署名 centred over
 * the 成文日期, which stands four characters from the right, under the seal; page numbers in 4号 as — 1 —, right on
 * odd pages and left on even ones.
 * <p>
 * Fonts: the bundled stand-ins of {@link OfficeFont}, embedded as subsets: 小标宋 for the 标志 and the title, 仿宋 for
 * the body, 黑体 for the 一级标题, 宋体 for the page numbers.
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

	/**
	 * The settings tried in turn, until the 署名 and 成文日期 share a page with 正文 (the standard allows no page without
	 * it): the standard's 28 pt pitch, then the spacing tightened, and at last the final lines of 正文 carried over to
	 * the signature's page.
	 */
	private static final List<Setting> SETTINGS = List.of(new Setting(28, 0), new Setting(27, 0), new Setting(26, 0),
			new Setting(25, 0), new Setting(28, 2));

	/** A line pitch, and how many last lines of 正文 start a new page with the signature. */
	private record Setting(float line, int carried) {
	}

	private static final float SEAL = 42 * MM;

	private static final Color RED = new Color(0xE6, 0x00, 0x12);

	private final PDDocument document = new PDDocument();

	private final DocumentFonts fonts = new DocumentFonts(this.document);

	private PDPageContentStream content;

	private float y;

	/** The body's line pitch. */
	private final float line;

	/** How many last lines of 正文 go to a new page with the signature. */
	private final int carried;

	/** Whether the signature had to start a page of its own. */
	private boolean signatureAlone;

	private OfficialPdf(Setting setting) {
		this.line = setting.line();
		this.carried = setting.carried();
	}

	/** Typesets {@code official} and writes it as PDF, with the first setting that keeps the signature with 正文. */
	public static void write(OfficialDocument official, OutputStream out) throws IOException {
		for (int i = 0;; i++) {
			OfficialPdf pdf = new OfficialPdf(SETTINGS.get(i));
			try (PDDocument document = pdf.document) {
				pdf.typeset(official);
				pdf.endPage();
				if (pdf.signatureAlone && i < SETTINGS.size() - 1) {
					continue;
				}
				pdf.numberPages();
				document.save(out);
				return;
			}
		}
	}

	private void typeset(OfficialDocument official) throws IOException {
		newPage();
		String body = official.issuingBody().strip();
		float markSize = Math.min(36, WIDTH / Math.max(1, body.length()) * 0.95f);
		this.y = TOP - 35 * MM;
		centred(body, markSize, markSize * 1.2f, OfficeFont.XIAOBIAOSONG, RED);
		if (official.number() != null && !official.number().isBlank()) {
			this.y -= this.line * 2;
			centred(official.number().strip(), BODY, this.line, OfficeFont.FANGSONG, Color.BLACK);
		}
		this.y -= 4 * MM;
		separator();
		this.y -= this.line * 2;
		for (String titleLine : OfficialDocument.titleLines(official.title(), text -> width(text, TITLE, OfficeFont.XIAOBIAOSONG),
				WIDTH)) {
			centred(titleLine, TITLE, TITLE * 1.6f, OfficeFont.XIAOBIAOSONG, Color.BLACK);
		}
		this.y -= this.line;
		if (official.recipients() != null && !official.recipients().isBlank()) {
			flow(official.recipients().strip() + OfficialWording.WORDING.text("colon"), 0, OfficeFont.FANGSONG, 0);
		}
		List<Block> blocks = official.blocks();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			flow(block.text(), 2, block.kind() == Kind.HEADING ? OfficeFont.HEITI : OfficeFont.FANGSONG,
					i == blocks.size() - 1 ? this.carried : 0);
		}
		signature(official);
	}

	private void signature(OfficialDocument official) throws IOException {
		float needed = this.line * 3;
		if (this.y - needed < BOTTOM) {
			this.signatureAlone = true;
			endPage();
			newPage();
		}
		this.y -= this.line;
		String date = OfficialDocument.chineseDate(official.signedOn());
		float dateRight = LEFT + WIDTH - 4 * BODY;
		float dateWidth = width(date, BODY, OfficeFont.FANGSONG);
		float centre = dateRight - dateWidth / 2;
		String signer = official.issuingBody().strip();
		float signerWidth = width(signer, BODY, OfficeFont.FANGSONG);
		float signerX = Math.min(centre - signerWidth / 2, LEFT + WIDTH - signerWidth);
		float signerTop = this.y;
		line(signer, BODY, this.line, signerX, OfficeFont.FANGSONG, Color.BLACK);
		line(date, BODY, this.line, dateRight - dateWidth, OfficeFont.FANGSONG, Color.BLACK);
		if (official.seal() != null) {
			PDImageXObject seal = PDImageXObject.createFromByteArray(this.document, official.seal(), "seal");
			float height = SEAL * seal.getHeight() / Math.max(1, seal.getWidth());
			float middle = signerTop - this.line * 0.8f;
			this.content.drawImage(seal, centre - SEAL / 2, middle - height / 2, SEAL, height);
		}
	}

	/**
	 * A paragraph from the left edge of the 版心, its first line indented by {@code indent} characters; its last
	 * {@code carried} lines start a new page.
	 */
	private void flow(String text, int indent, OfficeFont face, int carried) throws IOException {
		float first = indent * BODY;
		List<String> lines = LineBreaks.wrap(t -> width(t, BODY, face), text, WIDTH - first);
		int carriedFrom = carried == 0 ? -1 : Math.max(0, lines.size() - carried);
		for (int i = 0; i < lines.size(); i++) {
			if (i == carriedFrom && this.y < TOP) {
				endPage();
				newPage();
			}
			line(lines.get(i), BODY, this.line, LEFT + (i == 0 ? first : 0), face, Color.BLACK);
		}
	}

	private void centred(String text, float size, float height, OfficeFont face, Color colour) throws IOException {
		line(text, size, height, LEFT + (WIDTH - width(text, size, face)) / 2, face, colour);
	}

	/** One line occupying {@code height}, starting a new page first when it would run below the 版心. */
	private void line(String text, float size, float height, float x, OfficeFont face, Color colour) throws IOException {
		if (this.y - height < BOTTOM) {
			endPage();
			newPage();
		}
		this.y -= height;
		float baseline = this.y + (height - size) / 2 + size * 0.12f;
		show(text, size, x, baseline, face, colour);
	}

	private void show(String text, float size, float x, float baseline, OfficeFont face, Color colour)
			throws IOException {
		this.fonts.show(this.content, text, size, x, baseline, face, colour);
	}

	private float width(String text, float size, OfficeFont face) {
		return this.fonts.width(text, size, face);
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
			float textWidth = width(text, PAGE_NUMBER, OfficeFont.SONG);
			float x = number % 2 == 1 ? LEFT + WIDTH - PAGE_NUMBER - textWidth : LEFT + PAGE_NUMBER;
			try (PDPageContentStream stream = new PDPageContentStream(this.document, page, AppendMode.APPEND, true)) {
				this.content = stream;
				show(text, PAGE_NUMBER, x, BOTTOM - 7 * MM - PAGE_NUMBER, OfficeFont.SONG, Color.BLACK);
			}
			this.content = null;
		}
	}

}
