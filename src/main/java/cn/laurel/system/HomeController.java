package cn.laurel.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: a tile per navigation entry of the user's role. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "system/home";
	}

}
