package org.twinport.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.twinport.network.NetworkDirectory;

@Controller
class HomePages {

	private final NetworkDirectory network;

	HomePages(NetworkDirectory network) {
		this.network = network;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		model.addAttribute("summary", network.summary(locale.getLanguage()));
		return "web/home";
	}

}
