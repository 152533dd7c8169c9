package cn.laurel.audit;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail as JSON, with the same filters and the same scoping as the viewer. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditReader reader;

	AuditApiController(AuditReader reader) {
		this.reader = reader;
	}

	@GetMapping
	AuditPage entries(AuditQuery query, Authentication user, Locale locale) {
		return this.reader.read(query, user, locale);
	}

	@GetMapping("/integrity")
	Integrity integrity() {
		return this.reader.integrity();
	}

}
