package cn.laurel.event.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import cn.laurel.campaign.CampaignSetup;
import cn.laurel.event.AgendaItem;
import cn.laurel.event.CeremonyOffers;
import cn.laurel.event.Event;
import cn.laurel.event.EventKind;
import cn.laurel.event.EventOverview;
import cn.laurel.event.EventPlanning;
import cn.laurel.event.EventRefused;
import cn.laurel.event.EventStatus;
import cn.laurel.event.EventTemplates;
import cn.laurel.event.ParticipantGroup;
import cn.laurel.event.QrCode;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;
import cn.laurel.system.ReasonMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The organiser's event pages: the list with the ceremonies offered for campaigns, planning from a seed template or
 * blank, the overview with its figures per group,
 * details, groups, agenda, the steps of its life, the 活动方案 as Word and the QR codes of its public pages.
 */
@Controller
class EventPages {

	private final EventPlanning planning;

	private final EventTemplates templates;

	private final Exports exports;

	private final CeremonyOffers offers;

	private final CampaignSetup campaigns;

	private final Units units;

	private final MessageSource messages;

	EventPages(EventPlanning planning, EventTemplates templates, Exports exports, CeremonyOffers offers,
			CampaignSetup campaigns, Units units, MessageSource messages) {
		this.planning = planning;
		this.templates = templates;
		this.exports = exports;
		this.offers = offers;
		this.campaigns = campaigns;
		this.units = units;
		this.messages = messages;
	}

	/** The events, and the ceremonies offered for campaigns made from a seed plan that ends in one. */
	@GetMapping("/events")
	String list(Model model) {
		model.addAttribute("events", this.planning.manageable());
		model.addAttribute("offers", this.offers.open());
		return "event/list";
	}

	@GetMapping("/events/templates")
	String templates(@AuthenticationPrincipal LaurelUser user, Model model) {
		model.addAttribute("templates", this.templates.all());
		choices(user, model);
		return "event/templates";
	}

	@PostMapping("/events/templates")
	String create(@AuthenticationPrincipal LaurelUser user, @RequestParam String template,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) Long organiserUnitId,
			RedirectAttributes redirect, Locale locale) {
		return created(redirect, locale, "/events/templates",
				() -> this.templates.create(office(user, organiserUnitId), template, heldOn, campaignId));
	}

	/** Plans the 发布仪式 offered for a campaign from its seed plan's ceremony template, in one step. */
	@PostMapping("/events/ceremony-offers/{campaignId}")
	String acceptOffer(@PathVariable long campaignId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			RedirectAttributes redirect, Locale locale) {
		return created(redirect, locale, "/events", () -> this.offers.accept(campaignId, heldOn));
	}

	/** A blank event, for one no template fits: its details first, groups and agenda then on the plan page. */
	@GetMapping("/events/new")
	String blank(@AuthenticationPrincipal LaurelUser user, Model model) {
		return blankForm(user, new NewEventForm(), null, null, model);
	}

	@PostMapping("/events/new")
	String createBlank(@AuthenticationPrincipal LaurelUser user, @ModelAttribute NewEventForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
		if (binding.hasFieldErrors()) {
			return blankForm(user, form, binding.getFieldError().getField(),
					this.messages.getMessage("event.new.bad-value", null, locale), model);
		}
		try {
			Event event = this.planning.plan(office(user, form.getOrganiserUnitId()), form.getCampaignId(),
					form.plan());
			redirect.addFlashAttribute("message", "event.created-blank");
			return "redirect:/events/" + event.getId() + "/plan";
		}
		catch (EventRefused refused) {
			return blankForm(user, form, refused.reasons().get(0).field(),
					ReasonMessages.text(this.messages, refused, locale), model);
		}
	}

	private String blankForm(LaurelUser user, NewEventForm form, String field, String error, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("errorField", field);
		model.addAttribute("error", error);
		choices(user, model);
		return "event/new";
	}

	/** The campaigns an event may belong to, and for administrators the offices it may be of. */
	private void choices(LaurelUser user, Model model) {
		model.addAttribute("campaigns", this.campaigns.manageable());
		if (user.is(Role.ADMIN)) {
			model.addAttribute("units",
					this.units.findAllByOrderBySortOrderAscNameAsc().stream().filter(Unit::isActive).toList());
		}
	}

	/** The office an event is planned for: the organiser's own; an administrator names it. */
	static Long office(LaurelUser user, Long requested) {
		return user.is(Role.ADMIN) ? requested : user.unitId();
	}

	private String created(RedirectAttributes redirect, Locale locale, String back, Supplier<Event> create) {
		try {
			Event event = create.get();
			redirect.addFlashAttribute("message", "event.created");
			return "redirect:/events/" + event.getId();
		}
		catch (EventRefused refused) {
			redirect.addFlashAttribute("error", ReasonMessages.text(this.messages, refused, locale));
			return "redirect:" + back;
		}
	}

	@GetMapping("/events/{eventId}")
	String overview(@PathVariable long eventId, Model model, HttpServletRequest request) {
		EventOverview overview = this.planning.overview(eventId);
		model.addAttribute("overview", overview);
		model.addAttribute("event", overview.event());
		model.addAttribute("publicUrl", publicUrl(request, overview.event(), ""));
		model.addAttribute("next", next(overview.event().getStatus()));
		return "event/overview";
	}

	@PostMapping("/events/{eventId}/details")
	String describe(@PathVariable long eventId, @RequestParam String title, @RequestParam(required = false) String theme,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
			@RequestParam(required = false) String places, @RequestParam(required = false) String objectives,
			@RequestParam(required = false) String topics, @RequestParam(required = false) String liveStreamUrl,
			RedirectAttributes redirect, Locale locale) {
		Event event = this.planning.overview(eventId).event();
		return act(eventId, redirect, locale, "", () -> this.planning.describe(eventId,
				new Event.Details(event.getKind(), title, theme, heldOn, startsAt, endsAt, places, objectives,
						topics == null ? List.of() : topics.lines().toList(), liveStreamUrl)));
	}

	@PostMapping("/events/{eventId}/status")
	String advance(@PathVariable long eventId, @RequestParam EventStatus to, RedirectAttributes redirect,
			Locale locale) {
		return act(eventId, redirect, locale, "", () -> this.planning.advance(eventId, to));
	}

	@GetMapping("/events/{eventId}/plan")
	String plan(@PathVariable long eventId, Model model) {
		EventOverview overview = this.planning.overview(eventId);
		model.addAttribute("overview", overview);
		model.addAttribute("event", overview.event());
		return "event/plan";
	}

	@PostMapping("/events/{eventId}/groups")
	String regroup(@PathVariable long eventId, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		Rows rows = new Rows(form, "groupName", "groupQuota");
		List<ParticipantGroup> groups = rows.map(List.of("groupName", "groupQuota"),
				row -> new ParticipantGroup(row.id("groupId"), row.text("groupName"), row.number("groupQuota"),
						"true".equals(row.text("groupOpen")), row.text("groupNote")));
		return act(eventId, redirect, locale, "/plan", () -> this.planning.regroup(eventId, groups));
	}

	@PostMapping("/events/{eventId}/agenda")
	String agenda(@PathVariable long eventId, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		List<String> fields = List.of("part", "title", "startsAt", "endsAt", "place", "presenter", "details");
		List<AgendaItem> items = new Rows(form, fields.toArray(String[]::new)).map(fields,
				row -> new AgendaItem(row.text("part"), row.text("title"), row.time("startsAt"), row.time("endsAt"),
						row.text("place"), row.text("presenter"), row.text("details")));
		return act(eventId, redirect, locale, "/plan", () -> this.planning.reviseAgenda(eventId, items));
	}

	/** The 活动方案 as Word, to print or edit before issuing. */
	@GetMapping("/events/{eventId}/plan.docx")
	void planDocx(@PathVariable long eventId, Locale locale, HttpServletResponse response) throws IOException {
		this.exports.plan(eventId, locale, response);
	}

	/** The QR code of a public page: {@code sign-up}, {@code check-in} or {@code opinions}. */
	@GetMapping("/events/{eventId}/qr/{page:sign-up|check-in|opinions}.png")
	ResponseEntity<byte[]> qr(@PathVariable long eventId, @PathVariable String page, HttpServletRequest request) {
		Event event = this.planning.overview(eventId).event();
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.body(QrCode.png(publicUrl(request, event, "/" + page), 480));
	}

	/** Where the public reaches the event, as a full address for posters and QR codes. */
	static String publicUrl(HttpServletRequest request, Event event, String page) {
		return ServletUriComponentsBuilder.fromContextPath(request)
			.path("/public/events/{key}" + page)
			.buildAndExpand(event.getPublicKey())
			.toUriString();
	}

	private static EventStatus next(EventStatus status) {
		return switch (status) {
			case PLANNING -> EventStatus.OPEN;
			case OPEN -> EventStatus.UNDER_WAY;
			case UNDER_WAY -> EventStatus.CONCLUDED;
			case CONCLUDED -> null;
		};
	}

	private String act(long eventId, RedirectAttributes redirect, Locale locale, String page, Runnable action) {
		return Downloads.act("/events/" + eventId + page, redirect, this.messages, locale, action);
	}

}
