package cn.laurel.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * An image's width and height in pixels, read from its header without decoding it: a small file can claim
 * 20000 × 20000 pixels, which decoded would take gigabytes, so uploads are measured before they are decoded.
 */
public record ImageSize(int width, int height) {

	/** The size the header of {@code image} states, or empty when no image reader understands it. */
	public static Optional<ImageSize> of(byte[] image) {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			// a truncated or malformed header is an unreadable image, not a server error
			return Optional.empty();
		}
	}

	public long pixels() {
		return (long) this.width * this.height;
	}

}
