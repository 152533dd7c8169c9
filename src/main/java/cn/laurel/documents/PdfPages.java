package cn.laurel.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A4 pages typeset in Chinese with the bundled {@link OfficeFont}s (SIL Open Font License, {@code fonts/}),
 * embedded as subsets so that a certificate renders the same on every machine, whatever fonts it has. Text flows
 * top to bottom in 黑体 (Noto Sans SC) with CJK line breaking (any character may end a line, closing punctuation
 * never starts one, Latin words stay whole), or is placed in a chosen face at positions measured in millimetres
 * from the page's top-left corner, as are frames and pictures. Units are points unless a name says mm.
 */
public final class PdfPages implements Closeable {

	public static final String CONTENT_TYPE = "application/pdf";

	private static final float POINTS_PER_MM = 72f / 25.4f;

	private static final float LEADING = 1.6f;

	private final PDDocument document;

	private final DocumentFonts fonts;

	private final PDRectangle pageSize;

	private final float margin;

	private PDPage page;

	private PDPageContentStream content;

	private float y;

	private PdfPages(PDRectangle pageSize, float marginMm) {
		this.document = new PDDocument();
		this.pageSize = pageSize;
		this.margin = mm(marginMm);
		this.fonts = new DocumentFonts(this.document);
	}

	/** An upright A4 document with margins of {@code marginMm} on every side. */
	public static PdfPages portrait(float marginMm) {
		return new PdfPages(PDRectangle.A4, marginMm);
	}

	/** An A4 document lying on its side, as certificates are printed. */
	public static PdfPages landscape(float marginMm) {
		return new PdfPages(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), marginMm);
	}

	public static float mm(float millimetres) {
		return millimetres * POINTS_PER_MM;
	}

	/** Starts a new page; the flow continues at its top margin. */
	public void newPage() {
		endPage();
		this.page = new PDPage(this.pageSize);
		this.document.addPage(this.page);
		try {
			this.content = new PDPageContentStream(this.document, this.page);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.y = this.pageSize.getHeight() - this.margin;
	}

	/** Text centred on the page, wrapped over as many lines as it needs. */
	public void centred(String text, float size) {
		flow(text, size, Align.CENTRE, 0);
	}

	/** A paragraph from the left margin; {@code indentCharacters} of the font's size start its first line. */
	public void paragraph(String text, float size, int indentCharacters) {
		flow(text, size, Align.LEFT, indentCharacters * size);
	}

	/** Text set flush right, as the issuing body and date under a notice. */
	public void right(String text, float size) {
		flow(text, size, Align.RIGHT, 0);
	}

	/** Vertical space in the flow. */
	public void space(float millimetres) {
		this.y -= mm(millimetres);
	}

	/**
	 * Places one line at a point {@code xMm} from the left and {@code yMm} from the top of the current page
	 * (its baseline), aligned around that point; it does not move the flow.
	 */
	public void place(String text, OfficeFont face, float size, float xMm, float yMm, Align align, Color colour) {
		requirePage();
		String clean = printable(text);
		float x = mm(xMm) - switch (align) {
			case LEFT -> 0;
			case CENTRE -> this.fonts.width(clean, size, face) / 2;
			case RIGHT -> this.fonts.width(clean, size, face);
		};
		show(clean, face, size, x, this.pageSize.getHeight() - mm(yMm), colour);
	}

	/**
	 * Sets a paragraph in a column {@code widthMm} wide whose left edge is {@code xMm} from the page's left, its
	 * first baseline {@code yMm} from the top, lines {@code lineMm} apart and the first indented by
	 * {@code indentCharacters}; it does not move the flow.
	 */
	public void paragraphAt(String text, OfficeFont face, float size, float xMm, float yMm, float widthMm,
			int indentCharacters, float lineMm, Color colour) {
		requirePage();
		float indent = indentCharacters * size;
		float y = yMm;
		boolean first = true;
		for (String line : LineBreaks.wrap(t -> this.fonts.width(t, size, face), printable(text), mm(widthMm) - indent)) {
			show(line, face, size, mm(xMm) + (first ? indent : 0), this.pageSize.getHeight() - mm(y), colour);
			y += lineMm;
			first = false;
		}
	}

	/** Strokes a rectangle given by its top-left corner and size in mm. */
	public void rectangle(float xMm, float yMm, float widthMm, float heightMm, float lineWidth, Color colour) {
		requirePage();
		try {
			this.content.setStrokingColor(colour);
			this.content.setLineWidth(lineWidth);
			this.content.addRect(mm(xMm), this.pageSize.getHeight() - mm(yMm + heightMm), mm(widthMm), mm(heightMm));
			this.content.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fills a square {@code sideMm} wide centred on a point, turned 45° (a lozenge, as frames are ornamented). */
	public void lozenge(float xMm, float yMm, float sideMm, Color colour) {
		requirePage();
		float x = mm(xMm);
		float y = this.pageSize.getHeight() - mm(yMm);
		float half = mm(sideMm) / 2;
		try {
			this.content.setNonStrokingColor(colour);
			this.content.moveTo(x, y + half);
			this.content.lineTo(x + half, y);
			this.content.lineTo(x, y - half);
			this.content.lineTo(x - half, y);
			this.content.closePath();
			this.content.fill();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Draws a picture (PNG or JPEG, its transparency kept) {@code widthMm} wide, its height in proportion, centred
	 * on a point: a seal over the issuing body and date.
	 */
	public void picture(byte[] image, float xMm, float yMm, float widthMm) {
		requirePage();
		try {
			PDImageXObject picture = PDImageXObject.createFromByteArray(this.document, image, "picture");
			float width = mm(widthMm);
			float height = width * picture.getHeight() / Math.max(1, picture.getWidth());
			this.content.drawImage(picture, mm(xMm) - width / 2, this.pageSize.getHeight() - mm(yMm) - height / 2,
					width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Draws a picture (PNG or JPEG) over the whole current page, under whatever is written after it. */
	public void background(byte[] image) {
		requirePage();
		try {
			PDImageXObject picture = PDImageXObject.createFromByteArray(this.document, image, "background");
			this.content.drawImage(picture, 0, 0, this.pageSize.getWidth(), this.pageSize.getHeight());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first page of a PDF drawn as a PNG picture at {@code dpi}, for a preview in the browser. */
	public static byte[] firstPageAsPng(byte[] pdf, float dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(page, "png", png);
			return png.toByteArray();
		}
	}

	/** Ends the last page and writes the document. */
	public void write(OutputStream out) throws IOException {
		endPage();
		this.document.save(out);
	}

	@Override
	public void close() throws IOException {
		endPage();
		this.document.close();
	}

	/** How a line sits against its position or the margins. */
	public enum Align {

		LEFT, CENTRE, RIGHT

	}

	/**
	 * Breaks text into lines no wider than {@code width}: any CJK character may end a line, closing
	 * punctuation hangs at the end rather than start the next, a Latin word moves whole to the next line.
	 */
	public static List<String> wrap(PDFont font, float size, String text, float width) {
		return LineBreaks.wrap(line -> width(font, line, size), text, width);
	}

	private void flow(String text, float size, Align align, float indent) {
		requirePage();
		float available = this.pageSize.getWidth() - 2 * this.margin;
		boolean first = true;
		for (String line : LineBreaks.wrap(t -> this.fonts.width(t, size, OfficeFont.HEITI), printable(text), available - indent)) {
			if (this.y - size < this.margin) {
				newPage();
			}
			this.y -= size;
			float lineWidth = this.fonts.width(line, size, OfficeFont.HEITI);
			float x = switch (align) {
				case LEFT -> this.margin + (first ? indent : 0);
				case CENTRE -> (this.pageSize.getWidth() - lineWidth) / 2;
				case RIGHT -> this.pageSize.getWidth() - this.margin - lineWidth;
			};
			show(line, OfficeFont.HEITI, size, x, this.y, Color.BLACK);
			this.y -= size * (LEADING - 1);
			first = false;
		}
	}

	private void show(String text, OfficeFont face, float size, float x, float baseline, Color colour) {
		try {
			this.fonts.show(this.content, text, size, x, baseline, face, colour);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text with Kangxi radicals and compatibility ideographs as the unified ideographs they stand for (the
	 * bundled fonts map no code points of theirs, so that the glyph shared with the ideograph is extracted as the
	 * ideograph); what no font draws becomes a blank when it is drawn.
	 */
	private static String printable(String text) {
		StringBuilder out = new StringBuilder();
		(text == null ? "" : text).codePoints().map(PdfPages::unified).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static int unified(int codePoint) {
		boolean variant = (codePoint >= 0x2F00 && codePoint <= 0x2FDF) || (codePoint >= 0xF900 && codePoint <= 0xFAFF);
		return variant ? Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC).codePointAt(0)
				: codePoint;
	}

	private static float width(PDFont font, String text, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void requirePage() {
		if (this.content == null) {
			newPage();
		}
	}

	private void endPage() {
		if (this.content != null) {
			try {
				this.content.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.content = null;
		}
	}

	/** A font file under {@code fonts/}, read whole. */
	static byte[] bundledFont(String name) {
		try (InputStream in = PdfPages.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The bundled font fonts/" + name + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
