package cn.laurel.award.web;

import java.io.IOException;
import java.util.Locale;

import cn.laurel.award.AwardDecisions;
import cn.laurel.award.AwardRefused;
import cn.laurel.award.FilingPackages;
import cn.laurel.award.SigningKey;
import cn.laurel.award.TrustedKeys;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.documents.ZipBundle;
import cn.laurel.org.Units;
import cn.laurel.system.ReasonMessages;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
 * Filing and escalation: the signed package of the campaign's result, this instance's key to give the receiver,
 * the keys this campaign trusts, and importing another campaign's package as nominations.
 */
@Controller
class FilingPages {

	private final FilingPackages packages;

	private final TrustedKeys trusted;

	private final SigningKey key;

	private final AwardDecisions decisions;

	private final CampaignSetup campaigns;

	private final Units units;

	private final MessageSource messages;

	FilingPages(FilingPackages packages, TrustedKeys trusted, SigningKey key, AwardDecisions decisions,
			CampaignSetup campaigns, Units units, MessageSource messages) {
		this.packages = packages;
		this.trusted = trusted;
		this.key = key;
		this.decisions = decisions;
		this.campaigns = campaigns;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/campaigns/{campaignId}/award/filing")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String page(@PathVariable long campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.campaign(campaignId));
		model.addAttribute("decision", this.decisions.of(campaignId).orElse(null));
		model.addAttribute("publicKey", this.key.publicKey());
		model.addAttribute("fingerprint", this.key.fingerprint());
		model.addAttribute("trustedKeys", this.trusted.of(campaignId));
		model.addAttribute("categories", this.campaigns.categoriesOf(campaignId));
		model.addAttribute("units", this.units.findAllByOrderBySortOrderAscNameAsc());
		return "award/filing";
	}

	@GetMapping("/campaigns/{campaignId}/award/package.zip")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	void download(@PathVariable long campaignId, Locale locale, HttpServletResponse response) throws IOException {
		HonourPages.attach(response, ZipBundle.CONTENT_TYPE, "result-" + campaignId + ".zip");
		this.packages.write(campaignId, locale, response.getOutputStream());
	}

	@PostMapping("/campaigns/{campaignId}/award/trusted-keys")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String trust(@PathVariable long campaignId, @RequestParam(required = false) String publicKey,
			@RequestParam(required = false) String label, @RequestParam(required = false) String everywhere,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			if (everywhere != null) {
				this.trusted.trustEverywhere(publicKey, label);
			}
			else {
				this.trusted.trustForCampaign(campaignId, publicKey, label);
			}
			redirect.addFlashAttribute("message", "award.trust.saved");
			return "redirect:/campaigns/" + campaignId + "/award/filing";
		}
		catch (AwardRefused refused) {
			model.addAttribute("typedKey", publicKey);
			model.addAttribute("typedLabel", label);
			return refusedPage(campaignId, refused, model, locale);
		}
	}

	@PostMapping("/campaigns/{campaignId}/award/import")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String importPackage(@PathVariable long campaignId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long unitId, Model model,
			Locale locale) throws IOException {
		model.addAttribute("chosenCategory", categoryId);
		model.addAttribute("chosenUnit", unitId);
		try {
			FilingPackages.Verified imported = this.packages.importPackage(campaignId, categoryId, unitId,
					file == null ? new byte[0] : file.getBytes(), locale);
			model.addAttribute("imported", imported);
			return page(campaignId, model);
		}
		catch (AwardRefused refused) {
			return refusedPage(campaignId, refused, model, locale);
		}
	}

	private String refusedPage(long campaignId, AwardRefused refused, Model model, Locale locale) {
		model.addAttribute("errors", ReasonMessages.render(this.messages, refused, locale));
		return page(campaignId, model);
	}

}
