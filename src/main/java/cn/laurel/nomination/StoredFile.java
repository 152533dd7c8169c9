package cn.laurel.nomination;

import java.time.Instant;

import org.springframework.util.StringUtils;

/** A file attached to a nomination, without its bytes. */
public record StoredFile(long id, long nominationId, FilePurpose purpose, String fileName, String contentType,
		int sizeBytes, boolean hasThumbnail, String uploadedBy, Instant uploadedAt) {

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

	/** A file's bytes and the type they were detected as. */
	public record Content(String fileName, String contentType, byte[] bytes) {

		/** An image re-encoded as a JPEG without the original's metadata; any other file as it is. */
		Content withoutMetadata() {
			if (!this.contentType.startsWith("image/")) {
				return this;
			}
			return new Content(StringUtils.stripFilenameExtension(this.fileName) + ".jpg", "image/jpeg",
					UploadCheck.withoutMetadata(this.bytes));
		}

	}

}
