package org.twinport.exchange.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.LocalTimes;
import org.twinport.exchange.PartnerTimeline;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.RegistryManagement;

@Controller
class ExchangePages {

	private final PartnerTimeline timeline;

	private final NetworkDirectory directory;

	private final ExchangeManagement exchanges;

	private final RegistryManagement registry;

	ExchangePages(PartnerTimeline timeline, NetworkDirectory directory, ExchangeManagement exchanges,
			RegistryManagement registry) {
		this.timeline = timeline;
		this.directory = directory;
		this.exchanges = exchanges;
		this.registry = registry;
	}

	@GetMapping("/network/partners/{code}")
	String partner(@PathVariable String code, Locale locale, @AuthenticationPrincipal TwinportUser user, Model model) {
		String lang = locale.getLanguage();
		model.addAttribute("timeline", timeline.timeline(code, user, lang, 200));
		model.addAttribute("partnerships", directory.partnershipsWith(code, lang));
		model.addAttribute("contacts", registry.contacts(code, user, lang));
		// Only decides which edit links to show; the services check again on every
		// change.
		Long place = directory.placeIdByCode(code).orElse(null);
		model.addAttribute("mayEdit", user != null && (user.is(Role.ADMIN)
				|| (user.is(Role.PARTNER_OFFICE) && place != null && place.equals(user.partnerPlaceId()))));
		return "exchange/partner";
	}

	@GetMapping("/exchanges/calendar")
	String calendar(Locale locale, @AuthenticationPrincipal TwinportUser user, Model model) {
		List<LocalTimes> upcoming = exchanges.upcoming(user, locale.getLanguage(), 100)
			.stream()
			.map(LocalTimes::of)
			.toList();
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("starts", upcoming.stream()
			.collect(java.util.stream.Collectors.toMap(entry -> entry.exchange().id(),
					entry -> LocalisedStart.of(entry.exchange(), locale))));
		return "exchange/calendar";
	}

}
