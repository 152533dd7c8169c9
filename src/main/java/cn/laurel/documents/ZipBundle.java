package cn.laurel.documents;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Many named documents streamed into one zip archive, one entry at a time, so a batch never sits in memory.
 * Names are written in UTF-8 with the zip format's language encoding flag (general purpose bit 11), which
 * {@link ZipOutputStream} sets for a UTF-8 archive, so Windows Explorer shows the Chinese names instead of
 * garbling them as GBK. A name given twice gets a (2), (3) ... suffix, as {@link DocumentNames} numbers them.
 * Closing finishes the archive but leaves the caller's stream open.
 */
public final class ZipBundle implements Closeable {

	public static final String CONTENT_TYPE = "application/zip";

	private final ZipOutputStream zip;

	private final DocumentNames.Distinct names = new DocumentNames.Distinct();

	public ZipBundle(OutputStream out) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
	}

	/**
	 * Adds one file.
	 * @param name the file name within the archive
	 * @param content writes the file; it may close the stream it is given without ending the archive
	 * @return the name the entry got, with a suffix if an earlier entry took the name
	 */
	public String add(String name, Content content) throws IOException {
		String entry = this.names.claim(name);
		this.zip.putNextEntry(new ZipEntry(entry));
		content.writeTo(new FilterOutputStream(this.zip) {

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}

		});
		this.zip.closeEntry();
		return entry;
	}

	/** Writes the archive's central directory; the stream given to the constructor stays open. */
	@Override
	public void close() throws IOException {
		this.zip.finish();
		this.zip.flush();
	}

	/** Writes one file's bytes. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

}
