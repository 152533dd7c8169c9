package cn.laurel.notification.web;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import cn.laurel.notification.Notifications;
import cn.laurel.org.LaurelUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's notices, newest first, and the address they want them e-mailed to. Opening the list
 * marks what it shows as read (the unread ones stay highlighted on that visit).
 */
@Controller
class NotificationPages {

	private static final int SHOWN = 100;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Notifications notifications;

	private final NoticeLines lines;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	NotificationPages(Notifications notifications, NoticeLines lines, ObjectProvider<JavaMailSender> mail,
			Clock clock) {
		this.notifications = notifications;
		this.lines = lines;
		this.mail = mail;
		this.clock = clock;
	}

	@GetMapping(NotificationConfiguration.NOTIFICATIONS)
	String list(@AuthenticationPrincipal LaurelUser user, Model model) {
		String shown = show(user, this.notifications.address(user.accountId()).orElse(""), null, model);
		this.notifications.markAllRead(user.accountId(), this.clock.instant());
		// the menu's count was put in the model before the list was read; it is read now
		model.addAttribute("navigationBadges", Map.of());
		return shown;
	}

	@PostMapping(NotificationConfiguration.NOTIFICATIONS + "/address")
	String setAddress(@AuthenticationPrincipal LaurelUser user, @RequestParam(defaultValue = "") String email,
			Model model, RedirectAttributes redirect) {
		if (!email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
			return show(user, email, "notification.page.email-invalid", model);
		}
		this.notifications.setAddress(user.accountId(), email);
		redirect.addFlashAttribute("message", "notification.page.address-saved");
		return "redirect:" + NotificationConfiguration.NOTIFICATIONS;
	}

	private String show(LaurelUser user, String email, String emailError, Model model) {
		model.addAttribute("lines", this.lines.latest(user.accountId(), SHOWN));
		model.addAttribute("email", email);
		model.addAttribute("emailError", emailError);
		model.addAttribute("mailEnabled", this.mail.getIfAvailable() != null);
		return "notification/list";
	}

}
