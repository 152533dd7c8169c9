package cn.laurel.campaign.web;

import java.io.IOException;
import java.util.Locale;

import cn.laurel.campaign.CampaignRefused;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Issuer;
import cn.laurel.campaign.Issuers;
import cn.laurel.system.ReasonMessages;
import cn.laurel.system.RefusalForms;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign's 公文 settings: the 发文机关, 主送, the 公示's 发文字号 and contact for objections, and the seal. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class IssuerPages {

	private final CampaignSetup setup;

	private final Issuers issuers;

	private final RefusalForms errors;

	private final MessageSource messages;

	IssuerPages(CampaignSetup setup, Issuers issuers, RefusalForms errors, MessageSource messages) {
		this.setup = setup;
		this.issuers = issuers;
		this.errors = errors;
		this.messages = messages;
	}

	/** The fields as the page binds them. */
	static class IssuerForm {

		private String issuingBody;

		private String recipients;

		private String publicityNumber;

		private String objectionPhone;

		private String objectionAddress;

		private String objectionMethod;

		static IssuerForm of(Issuer issuer) {
			IssuerForm form = new IssuerForm();
			form.issuingBody = issuer.issuingBody();
			form.recipients = issuer.recipients();
			form.publicityNumber = issuer.publicityNumber();
			form.objectionPhone = issuer.objectionPhone();
			form.objectionAddress = issuer.objectionAddress();
			form.objectionMethod = issuer.objectionMethod();
			return form;
		}

		Issuer asDomain() {
			return new Issuer(this.issuingBody, this.recipients, this.publicityNumber, this.objectionPhone,
					this.objectionAddress, this.objectionMethod, false);
		}

		public String getIssuingBody() {
			return this.issuingBody;
		}

		public void setIssuingBody(String issuingBody) {
			this.issuingBody = issuingBody;
		}

		public String getRecipients() {
			return this.recipients;
		}

		public void setRecipients(String recipients) {
			this.recipients = recipients;
		}

		public String getPublicityNumber() {
			return this.publicityNumber;
		}

		public void setPublicityNumber(String publicityNumber) {
			this.publicityNumber = publicityNumber;
		}

		public String getObjectionPhone() {
			return this.objectionPhone;
		}

		public void setObjectionPhone(String objectionPhone) {
			this.objectionPhone = objectionPhone;
		}

		public String getObjectionAddress() {
			return this.objectionAddress;
		}

		public void setObjectionAddress(String objectionAddress) {
			this.objectionAddress = objectionAddress;
		}

		public String getObjectionMethod() {
			return this.objectionMethod;
		}

		public void setObjectionMethod(String objectionMethod) {
			this.objectionMethod = objectionMethod;
		}

	}

	@GetMapping("/campaigns/{id}/issuer")
	String page(@PathVariable Long id, Model model) {
		Issuer issuer = show(id, model);
		model.addAttribute("form", IssuerForm.of(issuer));
		return "campaign/issuer";
	}

	@PostMapping("/campaigns/{id}/issuer")
	String describe(@PathVariable Long id, @ModelAttribute("form") IssuerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.issuers.describe(id, form.asDomain());
			redirect.addFlashAttribute("message", "campaign.pages.issuer.saved");
			return "redirect:/campaigns/" + id + "/issuer";
		}
		catch (CampaignRefused rejected) {
			this.errors.bind(rejected, result);
			show(id, model);
			return "campaign/issuer";
		}
	}

	@PostMapping("/campaigns/{id}/issuer/seal")
	String seal(@PathVariable Long id, @RequestParam(required = false) MultipartFile seal,
			RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			this.issuers.seal(id, seal == null ? "" : seal.getOriginalFilename(),
					seal == null ? new byte[0] : seal.getBytes());
			redirect.addFlashAttribute("message", "campaign.pages.issuer.seal-saved");
		}
		catch (CampaignRefused rejected) {
			redirect.addFlashAttribute("sealErrors", rejected.reasons().stream()
				.map(violation -> ReasonMessages.render(this.messages, violation, locale))
				.toList());
		}
		return "redirect:/campaigns/" + id + "/issuer";
	}

	@PostMapping("/campaigns/{id}/issuer/seal/remove")
	String removeSeal(@PathVariable Long id, RedirectAttributes redirect) {
		this.issuers.removeSeal(id);
		redirect.addFlashAttribute("message", "campaign.pages.issuer.seal-removed");
		return "redirect:/campaigns/" + id + "/issuer";
	}

	@GetMapping("/campaigns/{id}/issuer/seal.png")
	ResponseEntity<byte[]> sealImage(@PathVariable Long id) {
		return this.issuers.seal(id)
			.map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png))
			.orElse(ResponseEntity.notFound().build());
	}

	private Issuer show(Long id, Model model) {
		model.addAttribute("campaign", this.setup.campaign(id));
		Issuer issuer = this.issuers.of(id);
		model.addAttribute("issuer", issuer);
		model.addAttribute("sealMaxMegabytes", Issuers.SEAL_MAX_MEGABYTES);
		return issuer;
	}

}
