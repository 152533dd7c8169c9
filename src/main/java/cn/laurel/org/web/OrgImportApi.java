package cn.laurel.org.web;

import java.util.List;
import java.util.Locale;

import cn.laurel.org.ImportProblem;
import cn.laurel.org.OrgImport;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The import for scripts: 200 with the counts, or 400 with every problem by sheet and row. */
@RestController
class OrgImportApi {

	private final OrgImport orgImport;

	private final MessageSource messages;

	OrgImportApi(OrgImport orgImport, MessageSource messages) {
		this.orgImport = orgImport;
		this.messages = messages;
	}

	@PostMapping("/api/v1/admin/import")
	ResponseEntity<Object> upload(@RequestParam(required = false) MultipartFile file, Locale locale) {
		OrgImport.ImportOutcome outcome = (file == null || file.isEmpty())
				? OrgImport.ImportOutcome.refused(ImportProblem.ofFile("import.file.missing"))
				: this.orgImport.importWorkbook(file, file.getSize());
		if (outcome.imported()) {
			return ResponseEntity
				.ok(new Imported(outcome.unitsCreated(), outcome.unitsUpdated(), outcome.accountsCreated()));
		}
		return ResponseEntity.badRequest()
			.body(new Refused(HttpStatus.BAD_REQUEST.value(), "invalid-file",
					outcome.problems().stream().map(problem -> problem.describe(this.messages, locale)).toList()));
	}

	/** What a valid file added and changed. */
	record Imported(int unitsCreated, int unitsUpdated, int accountsCreated) {

	}

	/** Why nothing was imported. */
	record Refused(int status, String error, List<ImportProblem.Described> problems) {

	}

}
