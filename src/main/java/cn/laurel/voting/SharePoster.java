package cn.laurel.voting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import cn.laurel.documents.OfficialDocument;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The picture a citizen shares in a WeChat chat or moment to ask friends to vote: a phone-sized poster with the
 * campaign, the candidate's photo, name, unit and the start of their deeds, and a QR code to their page (long-pressed
 * in WeChat, it opens the page). Drawn with the bundled Chinese font, so it needs no fonts on the server.
 */
@Component
public class SharePoster {

	static final int WIDTH = 750;

	static final int HEIGHT = 1334;

	private static final Color RED = new Color(0xB7, 0x1C, 0x1C);

	private static final Color GOLD = new Color(0xF5, 0xD0, 0x8A);

	private static final int MARGIN = 60;

	/** Characters of the deeds shown: about four lines; the page has the rest. */
	private static final int EXCERPT = 72;

	private static final Font FONT = bundledFont();

	private final MessageSource messages;

	SharePoster(MessageSource messages) {
		this.messages = messages;
	}

	/** The poster as PNG; {@code link} is the candidate's page the QR code leads to. */
	public byte[] render(VotingCampaign campaign, PublicCandidate candidate, Optional<byte[]> photo, String link,
			Locale locale) {
		BufferedImage poster = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = poster.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setPaint(new GradientPaint(0, 0, RED, 0, HEIGHT, new Color(0x7F, 0x0A, 0x0A)));
			g.fillRect(0, 0, WIDTH, HEIGHT);

			int y = 110;
			g.setColor(GOLD);
			for (String line : wrap(campaign.title(), FONT.deriveFont(Font.BOLD, 40f), g, WIDTH - 2 * MARGIN, 2)) {
				y = centred(g, line, FONT.deriveFont(Font.BOLD, 40f), y) + 56;
			}
			g.setColor(Color.WHITE);
			y = centred(g, candidate.categoryName(), FONT.deriveFont(30f), y + 6) + 40;

			// the card: photo, name, unit, deeds
			int cardTop = y;
			int cardHeight = 760;
			g.setColor(Color.WHITE);
			g.fill(new RoundRectangle2D.Float(MARGIN - 20, cardTop, WIDTH - 2 * MARGIN + 40, cardHeight, 32, 32));
			int photoSize = 300;
			int photoX = (WIDTH - photoSize) / 2;
			int photoY = cardTop + 40;
			drawPhoto(g, photo, photoX, photoY, photoSize);
			g.setColor(new Color(0x21, 0x21, 0x21));
			int textY = centred(g, candidate.displayName(), FONT.deriveFont(Font.BOLD, 48f), photoY + photoSize + 80);
			g.setColor(new Color(0x61, 0x61, 0x61));
			textY = centred(g, candidate.unitName(), FONT.deriveFont(28f), textY + 50);
			g.setColor(new Color(0x42, 0x42, 0x42));
			Font body = FONT.deriveFont(26f);
			g.setFont(body);
			int lineY = textY + 56;
			for (String line : wrap(excerpt(candidate.deeds()), body, g, WIDTH - 2 * MARGIN - 20, 4)) {
				g.drawString(line, MARGIN + 10, lineY);
				lineY += 40;
			}

			// the QR code and what to do with it
			int qrSize = 220;
			int qrY = cardTop + cardHeight + 40;
			g.setColor(Color.WHITE);
			g.fillRect(MARGIN, qrY, qrSize, qrSize);
			drawQr(g, link, MARGIN + 10, qrY + 10, qrSize - 20);
			g.setColor(Color.WHITE);
			Font hint = FONT.deriveFont(Font.BOLD, 32f);
			g.setFont(hint);
			int hintX = MARGIN + qrSize + 36;
			g.drawString(message("voting.poster.scan", locale), hintX, qrY + 90);
			g.setFont(FONT.deriveFont(26f));
			g.setColor(GOLD);
			g.drawString(message("voting.poster.vote-for", locale), hintX, qrY + 140);
			g.setStroke(new BasicStroke(2f));
			g.drawLine(hintX, qrY + 165, WIDTH - MARGIN, qrY + 165);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(poster, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** The deeds up to the last sentence end within the excerpt, as the 公示 notice cuts them. */
	static String excerpt(String deeds) {
		return OfficialDocument.sentences(deeds == null ? "" : deeds.replaceAll("\\s+", ""), EXCERPT);
	}

	/** The text broken into lines that fit {@code width}, at most {@code lines} of them, the last with "…". */
	private static List<String> wrap(String text, Font font, Graphics2D g, int width, int lines) {
		FontMetrics metrics = g.getFontMetrics(font);
		List<String> wrapped = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			line.append(text.charAt(i));
			if (metrics.stringWidth(line.toString()) > width) {
				line.setLength(line.length() - 1);
				wrapped.add(line.toString());
				line.setLength(0);
				line.append(text.charAt(i));
				if (wrapped.size() == lines) {
					String last = wrapped.get(lines - 1);
					wrapped.set(lines - 1, last.substring(0, last.length() - 1) + "\u2026");
					return wrapped;
				}
			}
		}
		if (!line.isEmpty()) {
			wrapped.add(line.toString());
		}
		return wrapped;
	}

	/** Draws {@code text} centred with its baseline at {@code y}; returns {@code y}. */
	private static int centred(Graphics2D g, String text, Font font, int y) {
		g.setFont(font);
		g.drawString(text, (WIDTH - g.getFontMetrics().stringWidth(text)) / 2, y);
		return y;
	}

	private static void drawPhoto(Graphics2D g, Optional<byte[]> photo, int x, int y, int size) {
		BufferedImage image = photo.map(SharePoster::decode).orElse(null);
		if (image == null) {
			g.setColor(new Color(0xEE, 0xEE, 0xEE));
			g.fillRect(x, y, size, size);
			return;
		}
		// cover the square: scale the shorter side to it and crop the middle of the longer one
		double scale = Math.max((double) size / image.getWidth(), (double) size / image.getHeight());
		int w = (int) Math.round(image.getWidth() * scale);
		int h = (int) Math.round(image.getHeight() * scale);
		Graphics2D clip = (Graphics2D) g.create(x, y, size, size);
		try {
			clip.drawImage(image, (size - w) / 2, (size - h) / 2, w, h, null);
		}
		finally {
			clip.dispose();
		}
	}

	private static BufferedImage decode(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static void drawQr(Graphics2D g, String link, int x, int y, int size) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException(ex);
		}
		g.setColor(Color.BLACK);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int column = 0; column < matrix.getWidth(); column++) {
				if (matrix.get(column, row)) {
					g.fillRect(x + column, y + row, 1, 1);
				}
			}
		}
	}

	private static Font bundledFont() {
		try (InputStream in = SharePoster.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("The bundled font fonts/NotoSansSC-Regular.ttf cannot be read", ex);
		}
	}

}
