package org.twinport.matchmaking.internal;

import java.util.List;
import java.util.Map;

import org.twinport.matchmaking.Offering;

/** The jsonb document of a company's facets. */
record Facets(Map<String, String> descriptions, List<String> sellsHs, List<String> buysHs, List<String> isicSections,
		List<Offering> offers, List<Offering> seeks, List<String> markets, List<String> languages) {

	Facets {
		descriptions = descriptions == null ? Map.of() : descriptions;
		sellsHs = sellsHs == null ? List.of() : sellsHs;
		buysHs = buysHs == null ? List.of() : buysHs;
		isicSections = isicSections == null ? List.of() : isicSections;
		offers = offers == null ? List.of() : offers;
		seeks = seeks == null ? List.of() : seeks;
		markets = markets == null ? List.of() : markets;
		languages = languages == null ? List.of() : languages;
	}

}
