package cn.laurel.nomination.web;

import java.nio.charset.StandardCharsets;

import cn.laurel.nomination.StoredFile;
import cn.laurel.nomination.NominationReader;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A nomination's files for whoever may read the nomination, and 404 for everybody else. File
 * names keep their Chinese through RFC 5987 ({@code filename*=UTF-8''…}).
 */
@Controller
class NominationFilePages {

	private final NominationReader reader;

	NominationFilePages(NominationReader reader) {
		this.reader = reader;
	}

	/** The file itself, or with {@code ?thumbnail} the small JPEG made of an image at upload. */
	@GetMapping("/nominations/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId,
			@RequestParam(required = false) String thumbnail) {
		StoredFile.Content content = this.reader.file(id, fileId, thumbnail != null);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(content.bytes());
	}

}
