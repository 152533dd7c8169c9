package cn.laurel.voting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

/**
 * Draws a captcha's digits as jittered, tilted strokes over noise. The digits are drawn from their own
 * stroke shapes rather than a font, so the image renders the same on a server without any fonts.
 */
final class CaptchaImage {

	private static final int WIDTH = 160;

	private static final int HEIGHT = 60;

	/** Each digit as polylines on a unit box: x then y pairs, top left at 0,0. */
	private static final double[][][] DIGITS = {
			{ { 0, 0, 1, 0, 1, 1, 0, 1, 0, 0 } },
			{ { 0.3, 0.2, 0.55, 0, 0.55, 1 } },
			{ { 0, 0, 1, 0, 1, 0.5, 0, 0.5, 0, 1, 1, 1 } },
			{ { 0, 0, 1, 0, 1, 1, 0, 1 }, { 0.2, 0.5, 1, 0.5 } },
			{ { 0, 0, 0, 0.6, 1, 0.6 }, { 0.75, 0.2, 0.75, 1 } },
			{ { 1, 0, 0, 0, 0, 0.5, 1, 0.5, 1, 1, 0, 1 } },
			{ { 1, 0, 0, 0, 0, 1, 1, 1, 1, 0.5, 0, 0.5 } },
			{ { 0, 0, 1, 0, 0.35, 1 } },
			{ { 0, 0, 1, 0, 1, 1, 0, 1, 0, 0 }, { 0, 0.5, 1, 0.5 } },
			{ { 1, 0.5, 0, 0.5, 0, 0, 1, 0, 1, 1, 0, 1 } } };

	private CaptchaImage() {
	}

	static byte[] png(String digits) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(245, 242, 235));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			for (int i = 0; i < 6; i++) {
				g.setColor(new Color(random.nextInt(120, 200), random.nextInt(120, 200), random.nextInt(120, 200)));
				g.setStroke(new BasicStroke(1.5f));
				g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
			}
			double cell = (double) WIDTH / (digits.length() + 1);
			for (int i = 0; i < digits.length(); i++) {
				drawDigit(g, digits.charAt(i) - '0', cell * (i + 0.6), random);
			}
			for (int i = 0; i < 120; i++) {
				g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
				g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 2, 2);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void drawDigit(Graphics2D g, int digit, double left, ThreadLocalRandom random) {
		double width = 18 + random.nextDouble(6);
		double height = 30 + random.nextDouble(8);
		double top = (HEIGHT - height) / 2 + random.nextDouble(-5, 5);
		Path2D.Double path = new Path2D.Double();
		for (double[] line : DIGITS[digit]) {
			for (int p = 0; p < line.length; p += 2) {
				double x = left + (line[p] + random.nextDouble(-0.07, 0.07)) * width;
				double y = top + (line[p + 1] + random.nextDouble(-0.05, 0.05)) * height;
				if (p == 0) {
					path.moveTo(x, y);
				}
				else {
					path.lineTo(x, y);
				}
			}
		}
		AffineTransform tilt = AffineTransform.getRotateInstance(random.nextDouble(-0.3, 0.3), left + width / 2,
				top + height / 2);
		g.setColor(new Color(random.nextInt(20, 110), random.nextInt(20, 90), random.nextInt(60, 140)));
		g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(tilt.createTransformedShape(path));
	}

}
