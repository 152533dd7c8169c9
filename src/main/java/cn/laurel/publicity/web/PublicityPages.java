package cn.laurel.publicity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.laurel.campaign.CampaignSetup;
import cn.laurel.documents.ListWorkbook.Column;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.documents.OfficialDocx;
import cn.laurel.publicity.Investigator;
import cn.laurel.publicity.Objection;
import cn.laurel.publicity.ObjectionHandling;
import cn.laurel.publicity.PublicisedCandidate;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.PublicityNotice;
import cn.laurel.publicity.PublicityRecords;
import cn.laurel.publicity.PublicityRefused;
import cn.laurel.publicity.PublicityViews;
import cn.laurel.system.PersonalData;
import cn.laurel.system.ReasonMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's 公示 desk: settings (fill-in, investigation days), publishing a round with the end date from
 * the calendar and its warnings, the candidates and fill-ins, and each objection through its steps. Objectors'
 * names and phones are shown masked.
 */
@Controller
class PublicityPages {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final Publicity publicity;

	private final PublicityViews views;

	private final PublicityRecords records;

	private final ObjectionHandling desk;

	private final CampaignSetup campaigns;

	private final PublicityNotice notice;

	private final MessageSource messages;

	PublicityPages(Publicity publicity, PublicityViews views, PublicityRecords records, ObjectionHandling desk,
			CampaignSetup campaigns, PublicityNotice notice, MessageSource messages) {
		this.publicity = publicity;
		this.views = views;
		this.records = records;
		this.desk = desk;
		this.campaigns = campaigns;
		this.notice = notice;
		this.messages = messages;
	}

	/** A published round's 公示公告 as Word, for offices that edit it before issuing. */
	@GetMapping("/campaigns/{campaignId}/publicity/notice.docx")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	void noticeDocx(@PathVariable long campaignId, @RequestParam(defaultValue = "1") int round, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		PublicityViews.RoundView view = this.views.published(campaignId).stream()
			.filter(r -> r.round().roundNo() == round)
			.findFirst()
			.orElseThrow(() -> new PublicityRefused("publicity.notice.no-round"));
		response.setContentType(OfficialDocx.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("publicity-" + campaignId + "-" + round + ".docx")
			.build()
			.toString());
		this.notice.writeDocx(this.campaigns.campaign(campaignId), view.round(), view.shown(),
				PublicPublicityPages.objectionUrl(request, campaignId), locale, response.getOutputStream());
	}

	@GetMapping("/publicity")
	String campaigns(Model model) {
		model.addAttribute("campaigns", this.campaigns.manageable());
		return "publicity/campaigns";
	}

	@GetMapping("/campaigns/{campaignId}/publicity")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String desk(@PathVariable long campaignId, Model model, Locale locale) {
		model.addAttribute("campaign", this.campaigns.campaign(campaignId));
		model.addAttribute("settings", this.records.settings(campaignId));
		model.addAttribute("rounds", this.views.published(campaignId));
		int published = this.records.rounds(campaignId).size();
		model.addAttribute("pending", this.records.candidates(campaignId).stream()
			.filter(c -> c.roundNo() > published)
			.toList());
		model.addAttribute("withdrawn", this.records.candidates(campaignId).stream()
			.filter(PublicisedCandidate::isWithdrawn)
			.toList());
		model.addAttribute("objections", this.desk.ofCampaign(campaignId));
		model.addAttribute("openMatters", this.publicity.openMatters(campaignId).stream()
			.map(v -> ReasonMessages.render(this.messages, v, locale))
			.toList());
		model.addAttribute("today", this.publicity.today());
		return "publicity/desk";
	}

	@PostMapping("/campaigns/{campaignId}/publicity/publish")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String publish(@PathVariable long campaignId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			RedirectAttributes redirect, Locale locale) {
		return act(campaignId, redirect, locale, () -> {
			Publicity.Publication publication = this.publicity.publish(campaignId, startsOn);
			if (!publication.yearsWithoutData().isEmpty()) {
				redirect.addFlashAttribute("warning", this.messages.getMessage("publicity.publish.years-without-data",
						new Object[] { publication.yearsWithoutData() }, locale));
			}
			if (!publication.startsOnWorkingDay()) {
				redirect.addFlashAttribute("notice", this.messages.getMessage("publicity.publish.starts-off-day",
						null, locale));
			}
			return "publicity.publish.done";
		});
	}

	@PostMapping("/campaigns/{campaignId}/publicity/settings")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String settings(@PathVariable long campaignId, @RequestParam(defaultValue = "false") boolean fillIn,
			@RequestParam(defaultValue = "10") int investigationDays, RedirectAttributes redirect, Locale locale) {
		return act(campaignId, redirect, locale, () -> {
			this.publicity.configure(campaignId, fillIn, investigationDays);
			return "publicity.settings.saved";
		});
	}

	/** Every objection of the campaign with its handling, objectors masked, as .xlsx. */
	@GetMapping("/campaigns/{campaignId}/publicity/objections.xlsx")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	void objectionList(@PathVariable long campaignId, Locale locale, HttpServletResponse response) throws IOException {
		Map<Long, String> names = this.records.candidates(campaignId).stream()
			.collect(Collectors.toMap(c -> c.entry().nominationId(), c -> c.entry().displayName(), (a, b) -> a));
		List<Column<Objection>> columns = List.of(
				Column.text(text("case", locale), Objection::getCaseNumber),
				Column.text(text("candidate", locale), o -> names.get(o.getNominationId())),
				Column.dateTime(text("received", locale), o -> LocalDateTime.ofInstant(o.getReceivedAt(), BEIJING)),
				Column.text(text("objector", locale), Objection::maskedName),
				Column.text(text("content", locale), Objection::getContent),
				Column.text(text("status", locale), o -> message(o.getStatus().messageKey(), locale)),
				Column.text(text("investigator", locale),
						o -> o.getInvestigator() == null ? null : message(o.getInvestigator().messageKey(), locale)),
				Column.date(text("deadline", locale), Objection::getDeadline),
				Column.text(text("reply", locale), o -> o.getReply() != null ? o.getReply() : o.getDeclineReason()));
		response.setContentType(ListWorkbook.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("campaign-" + campaignId + "-objections.xlsx", StandardCharsets.UTF_8).build().toString());
		ListWorkbook.write(List.of(new ListWorkbook.Sheet<>(text("sheet", locale), columns,
				this.desk.ofCampaign(campaignId))), response.getOutputStream());
	}

	private String text(String column, Locale locale) {
		return message("publicity.objections.export." + column, locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/campaigns/{campaignId}/publicity/objections/{id}")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String objection(@PathVariable long campaignId, @PathVariable long id, Model model) {
		model.addAttribute("campaign", this.campaigns.campaign(campaignId));
		Objection objection = this.desk.read(campaignId, id);
		model.addAttribute("objection", objection);
		model.addAttribute("maskedPhone", PersonalData.maskPhone(objection.getObjectorPhone()));
		model.addAttribute("candidate", this.records.candidates(campaignId).stream()
			.filter(c -> c.entry().nominationId() == objection.getNominationId())
			.findFirst()
			.map(PublicisedCandidate::entry)
			.orElse(null));
		model.addAttribute("evidence", this.desk.evidenceOf(campaignId, id));
		model.addAttribute("investigators", Investigator.values());
		model.addAttribute("defaultDays", this.records.settings(campaignId).investigationDays());
		return "publicity/objection";
	}

	@GetMapping("/campaigns/{campaignId}/publicity/objections/{id}/evidence/{evidenceId}")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	ResponseEntity<byte[]> evidence(@PathVariable long campaignId, @PathVariable long id,
			@PathVariable long evidenceId) {
		ObjectionHandling.Evidence file = this.desk.evidence(campaignId, id, evidenceId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).body(file.bytes());
	}

	@PostMapping("/campaigns/{campaignId}/publicity/objections/{id}/accept")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String accept(@PathVariable long campaignId, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return onObjection(campaignId, id, redirect, locale, () -> this.desk.accept(campaignId, id));
	}

	@PostMapping("/campaigns/{campaignId}/publicity/objections/{id}/decline")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String decline(@PathVariable long campaignId, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		return onObjection(campaignId, id, redirect, locale, () -> this.desk.decline(campaignId, id, reason));
	}

	@PostMapping("/campaigns/{campaignId}/publicity/objections/{id}/assign")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String assign(@PathVariable long campaignId, @PathVariable long id,
			@RequestParam(required = false) Investigator investigator, @RequestParam(required = false) String name,
			@RequestParam(required = false) Integer days, RedirectAttributes redirect, Locale locale) {
		return onObjection(campaignId, id, redirect, locale,
				() -> this.desk.assign(campaignId, id, investigator, name, days));
	}

	@PostMapping("/campaigns/{campaignId}/publicity/objections/{id}/extend")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String extend(@PathVariable long campaignId, @PathVariable long id, @RequestParam(defaultValue = "5") int days,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		return onObjection(campaignId, id, redirect, locale, () -> this.desk.extend(campaignId, id, days, reason));
	}

	@PostMapping("/campaigns/{campaignId}/publicity/objections/{id}/conclude")
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	String conclude(@PathVariable long campaignId, @PathVariable long id, @RequestParam boolean upheld,
			@RequestParam(required = false) String reply, RedirectAttributes redirect, Locale locale) {
		return onObjection(campaignId, id, redirect, locale,
				() -> this.desk.conclude(campaignId, id, upheld, reply));
	}

	private String onObjection(long campaignId, long id, RedirectAttributes redirect, Locale locale,
			Supplier<Objection> verb) {
		return act("/campaigns/" + campaignId + "/publicity/objections/" + id, redirect, locale, () -> {
			verb.get();
			return "publicity.objection.saved";
		});
	}

	private String act(long campaignId, RedirectAttributes redirect, Locale locale, Supplier<String> verb) {
		return act("/campaigns/" + campaignId + "/publicity", redirect, locale, verb);
	}

	/** Runs a verb and returns to {@code path} with its message, or with the refusal in the reader's language. */
	private String act(String path, RedirectAttributes redirect, Locale locale, Supplier<String> verb) {
		try {
			redirect.addFlashAttribute("message", verb.get());
		}
		catch (PublicityRefused refused) {
			redirect.addFlashAttribute("error",
					ReasonMessages.text(this.messages, refused, locale));
		}
		return "redirect:" + path;
	}

}
