package cn.laurel.event.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.laurel.event.EventRefused;
import cn.laurel.system.ReasonMessages;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the event pages share: a file answered as a download, and a verb run with its refusal shown on the page. */
final class Downloads {

	private Downloads() {
	}

	static void attach(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

	/** Runs {@code action} and goes back to {@code page}, with "saved" or the refusal at the top. */
	static String act(String page, RedirectAttributes redirect, MessageSource messages, Locale locale,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", "event.saved");
		}
		catch (EventRefused refused) {
			redirect.addFlashAttribute("error", ReasonMessages.text(messages, refused, locale));
		}
		return "redirect:" + page;
	}

}
