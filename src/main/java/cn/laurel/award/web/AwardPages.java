package cn.laurel.award.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import cn.laurel.award.AwardDecisions;
import cn.laurel.award.AwardRefused;
import cn.laurel.award.Ballot;
import cn.laurel.award.Decision;
import cn.laurel.award.DecisionDocument;
import cn.laurel.award.DecisionMethod;
import cn.laurel.award.DecisionWording;
import cn.laurel.campaign.CampaignNotFound;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.documents.OfficialDocx;
import cn.laurel.documents.PdfPages;
import cn.laurel.publicity.Publicity;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The organiser's decision page: the final list, the deciding meeting, and the decision document as PDF. */
@Controller
class AwardPages {

	private final AwardDecisions decisions;

	private final DecisionDocument document;

	private final Publicity publicity;

	private final CampaignSetup campaigns;

	private final MessageSource messages;

	AwardPages(AwardDecisions decisions, DecisionDocument document, Publicity publicity, CampaignSetup campaigns,
			MessageSource messages) {
		this.decisions = decisions;
		this.document = document;
		this.publicity = publicity;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@GetMapping("/award")
	String campaigns(Model model) {
		model.addAttribute("campaigns", this.campaigns.manageable());
		return "award/campaigns";
	}

	@GetMapping("/campaigns/{campaignId}/award")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String page(@PathVariable long campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.campaign(campaignId));
		model.addAttribute("decision", this.decisions.of(campaignId).orElse(null));
		model.addAttribute("finalList", this.publicity.finalList(campaignId));
		model.addAttribute("wordings", DecisionWording.values());
		model.addAttribute("methods", DecisionMethod.values());
		return "award/decision";
	}

	@PostMapping("/campaigns/{campaignId}/award/decision")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String decide(@PathVariable long campaignId, @ModelAttribute Typed typed, Model model, Locale locale) {
		try {
			this.decisions.decide(campaignId, typed.wording(), typed.decidingBody(), typed.decidedOn(),
					typed.documentNumber(), typed.ballot());
			return "redirect:/campaigns/" + campaignId + "/award";
		}
		catch (AwardRefused refused) {
			model.addAttribute("errors", ReasonMessages.render(this.messages, refused, locale));
			model.addAttribute("typed", typed);
			return page(campaignId, model);
		}
	}

	/**
	 * What the organiser typed, shown again after a refusal: the ballot's figures count only when the body voted
	 * (a figure left empty is 0).
	 */
	record Typed(DecisionWording wording, String decidingBody,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn, String documentNumber,
			DecisionMethod method, Integer members, Integer present, Integer votesFor, Integer votesAgainst,
			Integer abstentions) {

		Ballot ballot() {
			return this.method != DecisionMethod.BALLOT ? null : new Ballot(zeroIfEmpty(this.members),
					zeroIfEmpty(this.present), zeroIfEmpty(this.votesFor), zeroIfEmpty(this.votesAgainst),
					zeroIfEmpty(this.abstentions));
		}

		/** The ballot's figures by field name, as the form shows them again. */
		public Map<String, Integer> figures() {
			Map<String, Integer> figures = new HashMap<>();
			figures.put("members", this.members);
			figures.put("present", this.present);
			figures.put("votesFor", this.votesFor);
			figures.put("votesAgainst", this.votesAgainst);
			figures.put("abstentions", this.abstentions);
			return figures;
		}

		private static int zeroIfEmpty(Integer figure) {
			return figure == null ? 0 : figure;
		}

	}

	@GetMapping("/campaigns/{campaignId}/award/decision.pdf")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	void decisionPdf(@PathVariable long campaignId, Locale locale, HttpServletResponse response) throws IOException {
		Decision decision = decided(campaignId);
		response.setContentType(PdfPages.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("decision-" + campaignId + ".pdf").build().toString());
		this.document.write(this.campaigns.campaign(campaignId), decision, locale, response.getOutputStream());
	}

	/** The same decision as Word, for offices that edit it before issuing. */
	@GetMapping("/campaigns/{campaignId}/award/decision.docx")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	void decisionDocx(@PathVariable long campaignId, Locale locale, HttpServletResponse response) throws IOException {
		Decision decision = decided(campaignId);
		response.setContentType(OfficialDocx.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("decision-" + campaignId + ".docx").build().toString());
		this.document.writeDocx(this.campaigns.campaign(campaignId), decision, locale, response.getOutputStream());
	}

	private Decision decided(long campaignId) {
		return this.decisions.of(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
	}

}
