package cn.laurel.nomination;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import cn.laurel.campaign.Violation;
import cn.laurel.documents.ImageCopies;
import cn.laurel.documents.ImageSize;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.tika.Tika;

/**
 * Checks an upload by what its bytes are, not by its name or the browser's word, and makes the
 * thumbnail shown in lists and the copy of a photo shown outside the nominating unit or sent on in a filing
 * package. An image is measured from its header before it is decoded, and refused above {@code maxPixels}. A
 * 2-inch portrait must be upright (35 × 49 mm, about 5 : 7).
 */
final class UploadCheck {

	private static final Tika TIKA = new Tika();

	private static final int THUMBNAIL_EDGE = 320;

	/** A photo sent on to another body is plenty for print and publicity at this size, and packages stay small. */
	private static final int FILING_EDGE = 2000;

	private UploadCheck() {
	}

	/** An accepted upload: the detected type and, for images, a JPEG thumbnail. */
	record Accepted(String contentType, byte[] thumbnail) {
	}

	static Accepted check(FilePurpose purpose, String fileName, byte[] bytes, boolean portrait, long maxPixels) {
		if (bytes.length == 0) {
			throw refused("nomination.upload.empty", fileName);
		}
		if (bytes.length > purpose.maxMegabytes() * 1024 * 1024) {
			throw refused("nomination.upload.too-large", fileName, purpose.maxMegabytes());
		}
		String type = TIKA.detect(bytes);
		if (!purpose.contentTypes().contains(type)) {
			throw refused("nomination.upload.wrong-type", fileName, purpose.messageKey());
		}
		if (!type.startsWith("image/")) {
			return new Accepted(type, null);
		}
		ImageSize size = ImageSize.of(bytes).orElseThrow(() -> refused("nomination.upload.unreadable", fileName));
		if (size.pixels() > maxPixels) {
			throw refused("nomination.upload.too-many-pixels", fileName, size.width(), size.height(),
					maxPixels / 1_000_000);
		}
		BufferedImage image = read(bytes, fileName);
		if (portrait && purpose == FilePurpose.PHOTO) {
			double ratio = (double) image.getWidth() / image.getHeight();
			if (ratio < 0.6 || ratio > 0.85) {
				throw refused("nomination.upload.not-portrait", fileName);
			}
		}
		return new Accepted(type, thumbnail(image));
	}

	private static BufferedImage read(byte[] bytes, String fileName) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw refused("nomination.upload.unreadable", fileName);
			}
			return image;
		}
		catch (IOException ex) {
			throw refused("nomination.upload.unreadable", fileName);
		}
	}

	private static byte[] thumbnail(BufferedImage image) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Thumbnails.of(image).size(THUMBNAIL_EDGE, THUMBNAIL_EDGE).outputFormat("jpg").toOutputStream(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Thumbnail failed", ex);
		}
	}

	/**
	 * A stored photo as it leaves the nominating unit (for the office, judges or another body): a JPEG at most
	 * {@value #FILING_EDGE} px a side, re-encoded, so without the original's metadata (camera, place, time).
	 */
	static byte[] withoutMetadata(byte[] photo) {
		return ImageCopies.withoutMetadata(photo, FILING_EDGE);
	}

	private static NominationRefused refused(String code, Object... args) {
		return new NominationRefused(List.of(Violation.of("file", code, args)));
	}

}
