package cn.laurel.event.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.laurel.event.Ceremonies;
import cn.laurel.event.EventOverview;
import cn.laurel.event.EventPlanning;
import cn.laurel.event.EventNotFound;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发布仪式 mode: the run of show drawn from the campaign's decision and arranged (order, presenters), and the
 * full-screen 大屏 that steps through the honourees with photo, unit and deed summary.
 */
@Controller
class CeremonyPages {

	private final EventPlanning planning;

	private final Ceremonies ceremonies;

	private final MessageSource messages;

	CeremonyPages(EventPlanning planning, Ceremonies ceremonies, MessageSource messages) {
		this.planning = planning;
		this.ceremonies = ceremonies;
		this.messages = messages;
	}

	@GetMapping("/events/{eventId}/show")
	String show(@PathVariable long eventId, Model model) {
		EventOverview overview = this.planning.overview(eventId);
		model.addAttribute("event", overview.event());
		model.addAttribute("items", this.ceremonies.runOfShow(eventId));
		return "event/show";
	}

	@PostMapping("/events/{eventId}/show/draw")
	String draw(@PathVariable long eventId, RedirectAttributes redirect, Locale locale) {
		return act(eventId, redirect, locale, () -> this.ceremonies.draw(eventId));
	}

	/** The run of show in the order of the numbers typed (ties keep their order), with the presenters typed. */
	@PostMapping("/events/{eventId}/show")
	String arrange(@PathVariable long eventId, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		List<String> fields = List.of("nominationId", "position", "presenter");
		List<Row> rows = new Rows(form, fields.toArray(String[]::new)).map(List.of("nominationId"),
				row -> new Row(row.number("position"), new Ceremonies.Arrangement(row.id("nominationId"),
						row.text("presenter"))));
		List<Ceremonies.Arrangement> arrangement = rows.stream()
			.sorted(Comparator.comparingInt(Row::position))
			.map(Row::arrangement)
			.toList();
		return act(eventId, redirect, locale, () -> this.ceremonies.arrange(eventId, arrangement));
	}

	private record Row(int position, Ceremonies.Arrangement arrangement) {
	}

	/** The 大屏: one honouree a screen, in the run of show's order, by photo or else by a name block. */
	@GetMapping("/events/{eventId}/screen")
	String screen(@PathVariable long eventId, Model model) {
		model.addAttribute("event", this.planning.overview(eventId).event());
		model.addAttribute("items", this.ceremonies.runOfShow(eventId));
		model.addAttribute("photographed", this.ceremonies.photographed(eventId));
		return "event/screen";
	}

	@GetMapping("/events/{eventId}/screen/photos/{nominationId}")
	ResponseEntity<byte[]> photo(@PathVariable long eventId, @PathVariable long nominationId) {
		return this.ceremonies.photo(eventId, nominationId)
			.map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noCache())
				.body(bytes))
			.orElseThrow(() -> new EventNotFound(nominationId));
	}

	private String act(long eventId, RedirectAttributes redirect, Locale locale, Runnable action) {
		return Downloads.act("/events/" + eventId + "/show", redirect, this.messages, locale, action);
	}

}
