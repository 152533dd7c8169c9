package cn.laurel.award.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import cn.laurel.award.CertificateField.Placement;
import cn.laurel.award.CertificateField;
import cn.laurel.award.CertificateTemplate;
import cn.laurel.award.Certificates;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.documents.PdfPages;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The certificate template as JSON (title, number prefix, places; the background is uploaded on the page), its
 * preview as PNG before saving, and one honouree's certificate as PDF. Refusals answer as problem details
 * ({@link AwardApiErrors}).
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/award")
class CertificateApi {

	private final Certificates certificates;

	CertificateApi(Certificates certificates) {
		this.certificates = certificates;
	}

	/** A template as typed; a field left out of the layout keeps its default place. */
	record Design(String honourTitle, String numberPrefix, Map<CertificateField, Placement> layout) {

		Design {
			layout = layout == null ? Map.of() : layout;
		}

		static Design of(CertificateTemplate template) {
			return new Design(template.honourTitle(), template.numberPrefix(), template.layout());
		}

	}

	/** What to preview: a template as typed, printed for a person, an organisation or a 实事. */
	record Preview(NomineeKind kind, Design design) {
	}

	@GetMapping("/certificate-template")
	Design template(@PathVariable long campaignId) {
		return Design.of(this.certificates.template(campaignId));
	}

	@PutMapping("/certificate-template")
	Design design(@PathVariable long campaignId, @RequestBody Design design) {
		return Design.of(this.certificates.design(campaignId, design.honourTitle(), design.numberPrefix(),
				complete(design.layout())));
	}

	@PostMapping(path = "/certificate-preview", produces = MediaType.IMAGE_PNG_VALUE)
	byte[] preview(@PathVariable long campaignId, @RequestBody Preview preview, Locale locale) throws IOException {
		Design design = preview.design() == null ? new Design(null, null, null) : preview.design();
		return this.certificates.preview(campaignId, preview.kind() == null ? NomineeKind.PERSON : preview.kind(),
				design.honourTitle(), design.numberPrefix(), complete(design.layout()), locale);
	}

	@GetMapping("/certificates/{nominationId}.pdf")
	void certificate(@PathVariable long campaignId, @PathVariable long nominationId, Locale locale,
			HttpServletResponse response) throws IOException {
		response.setContentType(PdfPages.CONTENT_TYPE);
		this.certificates.certificate(campaignId, nominationId, locale, response.getOutputStream());
	}

	private static Map<CertificateField, Placement> complete(Map<CertificateField, Placement> layout) {
		return new CertificateTemplate(0, null, null, layout, null).layout();
	}

}
