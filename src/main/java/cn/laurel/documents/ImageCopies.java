package cn.laurel.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Copies of uploaded images for people other than the uploader: re-encoded as JPEG and at most a given edge, so
 * without the original's metadata (camera, GPS position, time). Only for images already accepted, and so measured
 * and decoded once, at upload.
 */
public final class ImageCopies {

	public static final String CONTENT_TYPE = "image/jpeg";

	private ImageCopies() {
	}

	/** {@code image} re-encoded as a JPEG at most {@code maxEdge} pixels a side. */
	public static byte[] withoutMetadata(byte[] image, int maxEdge) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
			if (decoded == null) {
				throw new IllegalArgumentException("a stored image is not readable");
			}
			double scale = Math.min(1.0, (double) maxEdge / Math.max(decoded.getWidth(), decoded.getHeight()));
			Thumbnails.of(decoded).scale(scale).outputFormat("jpg").outputQuality(0.9).toOutputStream(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Re-encoding an image failed", ex);
		}
	}

}
