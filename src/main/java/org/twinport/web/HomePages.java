package org.twinport.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.twinport.network.NetworkDirectory;
import org.twinport.shared.NotFoundException;

@Controller
class HomePages {

	/** Capabilities on the road map: each gets a page that says so until its module lands. */
	static final List<String> COMING = List.of("exchanges", "insight");

	private final NetworkDirectory network;

	HomePages(NetworkDirectory network) {
		this.network = network;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		model.addAttribute("summary", network.summary(locale.getLanguage()));
		return "web/home";
	}

	@GetMapping("/coming/{capability}")
	String coming(@PathVariable String capability, Model model) {
		if (!COMING.contains(capability)) {
			throw new NotFoundException("No such capability");
		}
		model.addAttribute("capability", capability);
		return "web/coming";
	}

}
