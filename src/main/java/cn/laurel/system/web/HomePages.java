package cn.laurel.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: a tile per navigation entry of the user's role. */
@Controller
class HomePages {

	@GetMapping("/")
	String home() {
		return "system/home";
	}

}
