package cn.laurel.publicity.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignNotFound;
import cn.laurel.campaign.Campaigns;
import cn.laurel.documents.PdfPages;
import cn.laurel.publicity.ObjectionHandling;
import cn.laurel.publicity.PublicityNotice;
import cn.laurel.publicity.PublicityRefused;
import cn.laurel.publicity.PublicityViews;
import cn.laurel.system.ReasonMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public side of 公示, open to everyone without signing in: the candidates with unit and deed summary, the
 * period with a countdown in working days, the 公示公告 as PDF, and the objection form.
 */
@Controller
@RequestMapping("/public/publicity/{campaignId}")
class PublicPublicityPages {

	private static final String OBJECTION_FORM = "publicity/objection-form";

	private final Campaigns campaigns;

	private final PublicityViews views;

	private final ObjectionHandling desk;

	private final PublicityNotice notice;

	private final MessageSource messages;

	PublicPublicityPages(Campaigns campaigns, PublicityViews views, ObjectionHandling desk, PublicityNotice notice,
			MessageSource messages) {
		this.campaigns = campaigns;
		this.views = views;
		this.desk = desk;
		this.notice = notice;
		this.messages = messages;
	}

	@ModelAttribute("campaign")
	Campaign campaign(@PathVariable long campaignId) {
		return this.campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
	}

	@GetMapping
	String page(@PathVariable long campaignId, Model model) {
		model.addAttribute("rounds", this.views.published(campaignId));
		return "publicity/public";
	}

	@GetMapping("/notice.pdf")
	void noticePdf(@PathVariable long campaignId, @RequestParam(defaultValue = "1") int round,
			@ModelAttribute("campaign") Campaign campaign, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		PublicityViews.RoundView view = this.views.published(campaignId).stream()
			.filter(r -> r.round().roundNo() == round)
			.findFirst()
			.orElseThrow(() -> new CampaignNotFound(campaignId));
		response.setContentType(PdfPages.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
			.filename("publicity-" + campaignId + "-" + round + ".pdf")
			.build()
			.toString());
		this.notice.write(campaign, view.round(), view.shown(), objectionUrl(request, campaignId), locale,
				response.getOutputStream());
	}

	/** Where the public files an objection, as a full address for a printed notice. */
	static String objectionUrl(HttpServletRequest request, long campaignId) {
		return ServletUriComponentsBuilder.fromContextPath(request)
			.path("/public/publicity/{id}/objection")
			.buildAndExpand(campaignId)
			.toUriString();
	}

	@GetMapping("/objection")
	String objectionForm(@PathVariable long campaignId, Model model) {
		model.addAttribute("objectionForm", new ObjectionForm());
		return objectionPage(campaignId, model);
	}

	@PostMapping("/objection")
	String fileObjection(@PathVariable long campaignId, ObjectionForm objectionForm, Model model, Locale locale)
			throws IOException {
		List<ObjectionHandling.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : objectionForm.getEvidence()) {
			uploads.add(new ObjectionHandling.Upload(file.getOriginalFilename(), file.getBytes()));
		}
		try {
			String caseNumber = this.desk.file(campaignId,
					objectionForm.getNominationId() == null ? 0 : objectionForm.getNominationId(),
					objectionForm.getName(), objectionForm.getPhone(), objectionForm.getContent(), uploads);
			model.addAttribute("caseNumber", caseNumber);
			return "publicity/objection-filed";
		}
		catch (PublicityRefused refused) {
			model.addAttribute("error", ReasonMessages.text(this.messages, refused, locale));
			return objectionPage(campaignId, model);
		}
	}

	private String objectionPage(long campaignId, Model model) {
		model.addAttribute("open", this.views.published(campaignId).stream()
			.filter(PublicityViews.RoundView::open)
			.findFirst()
			.orElse(null));
		model.addAttribute("maxFiles", ObjectionHandling.EVIDENCE_MAX_FILES);
		model.addAttribute("maxMegabytes", ObjectionHandling.EVIDENCE_MAX_MEGABYTES);
		return OBJECTION_FORM;
	}

}
