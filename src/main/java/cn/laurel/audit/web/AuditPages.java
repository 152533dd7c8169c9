package cn.laurel.audit.web;

import java.util.Locale;
import java.util.Optional;

import cn.laurel.audit.AuditPage;
import cn.laurel.audit.AuditQuery;
import cn.laurel.audit.AuditReader;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit viewer: filters, one page of entries, and for administrators the state of the hash chain. */
@Controller
class AuditPages {

	private final AuditReader reader;

	AuditPages(AuditReader reader) {
		this.reader = reader;
	}

	@GetMapping("/audit")
	String entries(@ModelAttribute("query") AuditQuery query, Authentication user, Locale locale, Model model) {
		AuditPage page = this.reader.read(query, user, locale);
		model.addAttribute("result", page);
		model.addAttribute("previousLink", page.hasPrevious() ? link(query, page.page() - 1) : null);
		model.addAttribute("nextLink", page.hasNext() ? link(query, page.page() + 1) : null);
		if (AuditReader.seesEverything(user)) {
			model.addAttribute("integrity", this.reader.integrity());
		}
		return "audit/entries";
	}

	/** The same filters on another page, so that paging never loses them. */
	private static String link(AuditQuery query, int page) {
		return UriComponentsBuilder.fromPath("/audit")
			.queryParamIfPresent("campaignId", Optional.ofNullable(query.campaignId()))
			.queryParamIfPresent("actor", Optional.ofNullable(query.actor()))
			.queryParamIfPresent("action", Optional.ofNullable(query.action()))
			.queryParamIfPresent("subjectType", Optional.ofNullable(query.subjectType()))
			.queryParamIfPresent("from", Optional.ofNullable(query.from()))
			.queryParamIfPresent("to", Optional.ofNullable(query.to()))
			.queryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

}
