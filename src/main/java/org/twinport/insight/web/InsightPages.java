package org.twinport.insight.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.twinport.identity.TwinportUser;
import org.twinport.insight.SourceKind;
import org.twinport.insight.TradeChannel;
import org.twinport.insight.TradeInsight;
import org.twinport.insight.TradeInsight.Filter;
import org.twinport.insight.TradeInsight.Granularity;
import org.twinport.network.NetworkLookup;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Controller
class InsightPages {

	private final TradeInsight insight;

	private final NetworkLookup lookup;

	InsightPages(TradeInsight insight, NetworkLookup lookup) {
		this.insight = insight;
		this.lookup = lookup;
	}

	@GetMapping("/insight")
	String dashboard(FilterParams params, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		Filter filter = params.filter(user);
		model.addAttribute("params", params);
		model.addAttribute("context", insight.context(filter.source()));
		model.addAttribute("staff", InsightFilters.staff(user));
		model.addAttribute("channels", List.of(TradeChannel.values()));
		model.addAttribute("chapters", insight.chapterNames(locale.getLanguage()));
		model.addAttribute("partners", insight.partners(Filter.official(), false, 250, locale.getLanguage()));
		return "insight/dashboard";
	}

	/**
	 * Trade with one partner's country and city, as a fragment the network's partner page
	 * loads by URL: the network does not depend on insight.
	 */
	@GetMapping("/insight/partners/{code}")
	String partner(@PathVariable String code, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		String lang = locale.getLanguage();
		var place = lookup.place(code, lang)
			.orElseThrow(() -> new NotFoundException(Reason.of("insight.problem.noPlace", code)));
		Filter country = Filter.official().withPartner(place.countryCode(), null);
		Filter city = Filter.official().withPartner(place.countryCode(), place.code());
		model.addAttribute("place", place);
		model.addAttribute("context", insight.context(SourceKind.OFFICIAL));
		model.addAttribute("countryYears", insight.totals(country, Granularity.YEAR));
		model.addAttribute("countryGrowth", insight.growth(country));
		model.addAttribute("cityYears", insight.totals(city, Granularity.YEAR));
		if (InsightFilters.staff(user)) {
			model.addAttribute("marketplaceYears",
					insight.totals(city.withSource(SourceKind.MARKETPLACE), Granularity.YEAR));
		}
		return "insight/partner :: trade";
	}

}
