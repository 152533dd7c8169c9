package cn.laurel.system.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPages {

	/** Shows the login form, keeping the username typed before a failed attempt. */
	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object username = session.getAttribute("LOGIN_USERNAME");
		session.removeAttribute("LOGIN_USERNAME");
		model.addAttribute("username", username);
		return "system/login";
	}

}
