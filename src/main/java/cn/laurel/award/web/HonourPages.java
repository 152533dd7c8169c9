package cn.laurel.award.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import cn.laurel.award.AwardDecisions;
import cn.laurel.award.AwardRefused;
import cn.laurel.award.CertificateField.Placement;
import cn.laurel.award.CertificateField;
import cn.laurel.award.CertificateTemplate;
import cn.laurel.award.Certificates;
import cn.laurel.award.HonourRoll;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.documents.PdfPages;
import cn.laurel.documents.ZipBundle;
import cn.laurel.system.ReasonMessages;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's honours page: the certificate template with a live preview, single certificates and the batch with its progress,
 * the plaque order list, and how long the public honour roll is shown.
 */
@Controller
class HonourPages {

	private static final String PAGE = "award/honours";

	private final Certificates certificates;

	private final HonourRoll roll;

	private final AwardDecisions decisions;

	private final CampaignSetup campaigns;

	private final MessageSource messages;

	HonourPages(Certificates certificates, HonourRoll roll, AwardDecisions decisions, CampaignSetup campaigns,
			MessageSource messages) {
		this.certificates = certificates;
		this.roll = roll;
		this.decisions = decisions;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@GetMapping("/campaigns/{campaignId}/award/honours")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String page(@PathVariable long campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.campaign(campaignId));
		model.addAttribute("decision", this.decisions.of(campaignId).orElse(null));
		model.addAttribute("fields", CertificateField.values());
		model.addAttribute("kinds", NomineeKind.values());
		model.addAttribute("maxMegabytes", Certificates.BACKGROUND_MAX_MEGABYTES);
		if (!model.containsAttribute("template")) {
			model.addAttribute("template", this.certificates.template(campaignId));
		}
		if (!model.containsAttribute("until")) {
			model.addAttribute("until", this.roll.visibleUntil(campaignId).orElse(null));
		}
		return PAGE;
	}

	@PostMapping("/campaigns/{campaignId}/award/certificate-template")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String design(@PathVariable long campaignId, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		Map<CertificateField, Placement> layout = layout(form);
		try {
			this.certificates.design(campaignId, form.get("honourTitle"), form.get("numberPrefix"), layout);
			redirect.addFlashAttribute("message", "award.certificate.saved");
			return redirect(campaignId);
		}
		catch (AwardRefused refused) {
			model.addAttribute("template", new CertificateTemplate(campaignId, form.get("honourTitle"),
					form.get("numberPrefix"), layout, null));
			return refusedPage(campaignId, refused, model, locale);
		}
	}

	/**
	 * The preview htmx asks for while the layout is edited: the certificate as typed, not yet saved, as a picture in
	 * the page, or why it cannot be printed so.
	 */
	@PostMapping("/campaigns/{campaignId}/award/certificate-preview")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String preview(@PathVariable long campaignId, @RequestParam Map<String, String> form, Model model, Locale locale)
			throws IOException {
		NomineeKind kind = kind(form.get("previewKind"));
		try {
			byte[] png = this.certificates.preview(campaignId, kind, form.get("honourTitle"), form.get("numberPrefix"),
					layout(form), locale);
			model.addAttribute("previewImage", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
		}
		catch (AwardRefused refused) {
			model.addAttribute("previewErrors", ReasonMessages.render(this.messages, refused, locale));
		}
		return PAGE + " :: preview";
	}

	@PostMapping("/campaigns/{campaignId}/award/certificate-background")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String background(@PathVariable long campaignId, @RequestParam(required = false) MultipartFile picture,
			@RequestParam(required = false) String remove, Model model, Locale locale, RedirectAttributes redirect)
			throws IOException {
		try {
			if (remove != null) {
				this.certificates.removeBackground(campaignId);
			}
			else {
				this.certificates.background(campaignId, picture == null ? "" : picture.getOriginalFilename(),
						picture == null ? new byte[0] : picture.getBytes());
			}
			redirect.addFlashAttribute("message", "award.certificate.saved");
			return redirect(campaignId);
		}
		catch (AwardRefused refused) {
			return refusedPage(campaignId, refused, model, locale);
		}
	}

	@GetMapping("/campaigns/{campaignId}/award/certificates/{nominationId}.pdf")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	void certificate(@PathVariable long campaignId, @PathVariable long nominationId, Locale locale,
			HttpServletResponse response) throws IOException {
		response.setContentType(PdfPages.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
			.filename("certificate-" + nominationId + ".pdf")
			.build()
			.toString());
		this.certificates.certificate(campaignId, nominationId, locale, response.getOutputStream());
	}

	@PostMapping("/campaigns/{campaignId}/award/certificates")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String startBatch(@PathVariable long campaignId, Locale locale, Model model) {
		try {
			model.addAttribute("job", this.certificates.startBatch(campaignId, locale));
			model.addAttribute("campaignId", campaignId);
			return PAGE + " :: progress";
		}
		catch (AwardRefused refused) {
			return refusedPage(campaignId, refused, model, locale);
		}
	}

	/** The progress fragment htmx polls every second while the batch runs. */
	@GetMapping("/campaigns/{campaignId}/award/certificates/jobs/{jobId}")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String progress(@PathVariable long campaignId, @PathVariable String jobId, Model model) {
		model.addAttribute("job", this.certificates.batch(campaignId, jobId));
		model.addAttribute("campaignId", campaignId);
		return PAGE + " :: progress";
	}

	@GetMapping("/campaigns/{campaignId}/award/certificates/jobs/{jobId}/certificates.zip")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	void batchZip(@PathVariable long campaignId, @PathVariable String jobId, Locale locale,
			HttpServletResponse response) throws IOException {
		byte[] zip = this.certificates.batchZip(campaignId, jobId);
		attach(response, ZipBundle.CONTENT_TYPE,
				this.messages.getMessage("award.certificate.zip-name", new Object[] { campaignId }, locale));
		response.getOutputStream().write(zip);
	}

	@GetMapping("/campaigns/{campaignId}/award/plaques.xlsx")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	void plaques(@PathVariable long campaignId, Locale locale, HttpServletResponse response) throws IOException {
		attach(response, ListWorkbook.CONTENT_TYPE, "plaques-" + campaignId + ".xlsx");
		this.certificates.plaques(campaignId, locale, response.getOutputStream());
	}

	@PostMapping("/campaigns/{campaignId}/award/roll")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String showUntil(@PathVariable long campaignId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			this.roll.showUntil(campaignId, until);
			redirect.addFlashAttribute("message", "award.roll.saved");
			return redirect(campaignId);
		}
		catch (AwardRefused refused) {
			model.addAttribute("until", until);
			return refusedPage(campaignId, refused, model, locale);
		}
	}

	private String refusedPage(long campaignId, AwardRefused refused, Model model, Locale locale) {
		model.addAttribute("errors", ReasonMessages.render(this.messages, refused, locale));
		return page(campaignId, model);
	}

	private static String redirect(long campaignId) {
		return "redirect:/campaigns/" + campaignId + "/award/honours";
	}

	/** Places arrive as {@code x.NAME}, {@code y.NAME}, {@code size.NAME}; a missing one keeps the default. */
	private static Map<CertificateField, Placement> layout(Map<String, String> form) {
		Map<CertificateField, Placement> layout = new EnumMap<>(CertificateField.class);
		for (CertificateField field : CertificateField.values()) {
			Placement fallback = field.defaultPlacement();
			layout.put(field, new Placement(number(form.get("x." + field), fallback.xMm()),
					number(form.get("y." + field), fallback.yMm()), number(form.get("size." + field), fallback.size())));
		}
		return layout;
	}

	private static NomineeKind kind(String typed) {
		return Arrays.stream(NomineeKind.values())
			.filter(kind -> kind.name().equals(typed))
			.findFirst()
			.orElse(NomineeKind.PERSON);
	}

	/** A number as typed; anything that is not one is out of every range, so the page says where it belongs. */
	private static float number(String typed, float fallback) {
		if (typed == null || typed.isBlank()) {
			return fallback;
		}
		try {
			return Float.parseFloat(typed.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	static void attach(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

}
