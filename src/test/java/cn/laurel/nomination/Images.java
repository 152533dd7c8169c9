package cn.laurel.nomination;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/** Real image files for upload tests. */
public final class Images {

	private Images() {
	}

	/** Bytes only a camera writes: a JPEG that names its camera in an EXIF block. */
	public static final String CAMERA = "LaurelCam GPS 36.0534N 120.1824E";

	/** A JPEG whose EXIF block (APP1, after the JFIF header) names {@link #CAMERA} as its make. */
	public static byte[] jpegWithExif(int width, int height) {
		byte[] jpeg = of("jpg", width, height);
		byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(26 + make.length)
			.put(new byte[] { 'M', 'M', 0, 42 })
			.putInt(8)
			.putShort((short) 1)
			.putShort((short) 0x010F)
			.putShort((short) 2)
			.putInt(make.length)
			.putInt(26)
			.putInt(0)
			.put(make);
		byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length + tiff.capacity())
			.put((byte) 0xFF)
			.put((byte) 0xE1)
			.putShort((short) (2 + exif.length + tiff.capacity()))
			.put(exif)
			.put(tiff.array());
		int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
		ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + app1.capacity())
			.put(jpeg, 0, afterJfif)
			.put(app1.array())
			.put(jpeg, afterJfif, jpeg.length - afterJfif);
		return withExif.array();
	}

	/**
	 * A PNG that claims {@code width} × {@code height} pixels in a few kilobytes: every row is zeros, which
	 * compress to almost nothing, as in a decompression bomb.
	 */
	public static byte[] hugePng(int width, int height) {
		ByteArrayOutputStream rows = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflated = new DeflaterOutputStream(rows, new Deflater(Deflater.BEST_COMPRESSION))) {
			byte[] row = new byte[1 + (width + 7) / 8];
			for (int y = 0; y < height; y++) {
				deflated.write(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 1, 0, 0, 0, 0 });
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(png, "IHDR", header.array());
		chunk(png, "IDAT", rows.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	static byte[] of(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(40, 90, 200));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
