package cn.laurel.org.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.laurel.org.ImportProblem;
import cn.laurel.org.OrgImport;
import cn.laurel.org.OrgWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a unit tree with accounts, and the template to fill in. */
@Controller
@RequestMapping("/admin/import")
class OrgImportPages {

	private static final String VIEW = "org/import/upload";

	private final OrgImport orgImport;

	private final OrgWorkbook workbook;

	private final MessageSource messages;

	OrgImportPages(OrgImport orgImport, OrgWorkbook workbook, MessageSource messages) {
		this.orgImport = orgImport;
		this.workbook = workbook;
		this.messages = messages;
	}

	@GetMapping
	String page() {
		return VIEW;
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(OrgWorkbook.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(this.messages.getMessage("import.template.filename", null, locale),
								StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.workbook.template(locale));
	}

	/** Shows the counts imported, or every problem found, below the upload form. */
	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, Model model, Locale locale) {
		OrgImport.ImportOutcome outcome = (file == null || file.isEmpty())
				? OrgImport.ImportOutcome.refused(ImportProblem.ofFile("import.file.missing"))
				: this.orgImport.importWorkbook(file, file.getSize());
		model.addAttribute("outcome", outcome);
		model.addAttribute("problems",
				outcome.problems().stream().map(problem -> problem.describe(this.messages, locale)).toList());
		return VIEW;
	}

}
