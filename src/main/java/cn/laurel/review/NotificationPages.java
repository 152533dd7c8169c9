package cn.laurel.review;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import cn.laurel.org.LaurelUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's notices, and the address they want reminders e-mailed to. */
@Controller
class NotificationPages {

	private static final int SHOWN = 100;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Notifications notifications;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final Clock clock;

	NotificationPages(Notifications notifications, ObjectProvider<JavaMailSender> mail, MessageSource messages,
			Clock clock) {
		this.notifications = notifications;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/** A notice in the reader's language, with when it came in Beijing time. */
	record Line(Notification notification, String text, String createdAt) {
	}

	@GetMapping(ReviewConfiguration.NOTIFICATIONS)
	String list(@AuthenticationPrincipal LaurelUser user, Model model) {
		return show(user, this.notifications.address(user.accountId()).orElse(""), null, model);
	}

	@PostMapping(ReviewConfiguration.NOTIFICATIONS + "/read")
	String markAllRead(@AuthenticationPrincipal LaurelUser user, RedirectAttributes redirect) {
		this.notifications.markAllRead(user.accountId(), this.clock.instant());
		redirect.addFlashAttribute("message", "review.notifications.all-read");
		return "redirect:" + ReviewConfiguration.NOTIFICATIONS;
	}

	@PostMapping(ReviewConfiguration.NOTIFICATIONS + "/address")
	String setAddress(@AuthenticationPrincipal LaurelUser user, @RequestParam(defaultValue = "") String email,
			Model model, RedirectAttributes redirect) {
		if (!email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
			return show(user, email, "review.notifications.email-invalid", model);
		}
		this.notifications.setAddress(user.accountId(), email);
		redirect.addFlashAttribute("message", "review.notifications.address-saved");
		return "redirect:" + ReviewConfiguration.NOTIFICATIONS;
	}

	private String show(LaurelUser user, String email, String emailError, Model model) {
		List<Line> lines = this.notifications.latest(user.accountId(), SHOWN)
			.stream()
			.map(n -> new Line(n,
					this.messages.getMessage(n.messageKey(), n.args().toArray(), LocaleContextHolder.getLocale()),
					WHEN.format(n.createdAt().atZone(this.clock.getZone()))))
			.toList();
		model.addAttribute("lines", lines);
		model.addAttribute("email", email);
		model.addAttribute("emailError", emailError);
		model.addAttribute("mailEnabled", this.mail.getIfAvailable() != null);
		return "review/notifications";
	}

}
