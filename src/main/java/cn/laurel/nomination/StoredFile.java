package cn.laurel.nomination;

import java.time.Instant;

/** A file attached to a nomination, without its bytes. */
public record StoredFile(long id, long nominationId, FilePurpose purpose, String fileName, String contentType,
		int sizeBytes, boolean hasThumbnail, String uploadedBy, Instant uploadedAt) {

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
