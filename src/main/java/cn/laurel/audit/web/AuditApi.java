package cn.laurel.audit.web;

import java.util.Locale;

import cn.laurel.audit.AuditPage;
import cn.laurel.audit.AuditQuery;
import cn.laurel.audit.AuditReader;
import cn.laurel.audit.Integrity;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail as JSON, with the same filters and the same scoping as the viewer. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

	private final AuditReader reader;

	AuditApi(AuditReader reader) {
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
