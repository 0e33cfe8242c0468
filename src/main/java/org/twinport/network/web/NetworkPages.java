package org.twinport.network.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.twinport.network.Continent;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkFigures;
import org.twinport.network.PartnershipQuery;
import org.twinport.network.PartnershipStatus;

@Controller
class NetworkPages {

	private final NetworkDirectory directory;

	private final NetworkFigures figures;

	NetworkPages(NetworkDirectory directory, NetworkFigures figures) {
		this.directory = directory;
		this.figures = figures;
	}

	@GetMapping("/network/figures")
	String figures(@RequestParam(defaultValue = "24") int dormantMonths, Locale locale, Model model) {
		model.addAttribute("figures", figures.figures(locale.getLanguage(), Math.clamp(dormantMonths, 1, 600), 5));
		return "network/figures";
	}

	@GetMapping("/network")
	String directory(@RequestParam(required = false) String kind,
			@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) Continent continent, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		String lang = locale.getLanguage();
		List<NetworkDirectory.KindName> kinds = directory.kinds(lang);
		String chosenKind = kinds.stream().anyMatch(k -> k.code().equals(kind)) ? kind : null;
		model.addAttribute("result", directory.partnerships(new PartnershipQuery(chosenKind, status, continent, null),
				lang, Math.max(page, 0), 50));
		model.addAttribute("summary", directory.summary(lang));
		model.addAttribute("kinds", kinds);
		model.addAttribute("statuses", List.of(PartnershipStatus.values()));
		model.addAttribute("continents", List.of(Continent.values()));
		model.addAttribute("kind", chosenKind);
		model.addAttribute("status", status);
		model.addAttribute("continent", continent);
		return htmx != null ? "network/directory :: results" : "network/directory";
	}

}
