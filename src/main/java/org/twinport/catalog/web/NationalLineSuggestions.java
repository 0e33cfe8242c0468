package org.twinport.catalog.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.twinport.catalog.TariffClassification;
import org.twinport.catalog.TariffClassification.NationalLine;
import org.twinport.shared.web.Form;
import org.twinport.shared.CountryCode;
import org.twinport.shared.HsCode;

/**
 * The national lines the product editor offers under the product's 6-digit code, for
 * each destination it is offered in (and each it already has a national code for).
 */
@Component
class NationalLineSuggestions {

	/** What the editor can say about one destination. */
	enum Status {

		/** Its schedule has lines under the code: pick one. */
		LINES,
		/** The country has no national schedule in Twinport: quoted on the 6-digit code. */
		NO_SCHEDULE,
		/** It has one, but no version is loaded for today. */
		NOT_LOADED,
		/** The schedule in force has no national line under the code. */
		NO_LINES

	}

	/**
	 * @param chosen the code chosen on the form; null for none
	 * @param japanese whether the schedule's descriptions are in Japanese only
	 */
	record Destination(String country, String countryName, String market, String version, Status status,
			List<NationalLine> lines, String chosen, boolean japanese) {

		/** The chosen code is not one of the lines offered (a code typed through the API). */
		public boolean chosenElsewhere() {
			return chosen != null && lines.stream().noneMatch(line -> line.code().equals(chosen));
		}

	}

	/** The 6-digit code and the destinations the editor suggests lines for. */
	record Suggestions(String subheading, List<Destination> destinations) {
	}

	private final TariffClassification classification;

	NationalLineSuggestions(TariffClassification classification) {
		this.classification = classification;
	}

	Suggestions of(Form form, Locale locale) {
		String hsCode = form.text("hsCode") == null ? "" : form.text("hsCode").replace(".", "").strip();
		if (!HsCode.isClassification(hsCode)) {
			return new Suggestions(null, List.of());
		}
		String subheading = HsCode.ofClassification("hsCode", hsCode).value();
		Set<String> countries = new LinkedHashSet<>();
		form.list("markets").forEach(market -> countries.add(market.toUpperCase(Locale.ROOT)));
		countries.addAll(ProductFormFields.nationalCodes(form).keySet());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<Destination> destinations = new ArrayList<>();
		for (String country : countries) {
			if (!CountryCode.isValid(country)) {
				continue;
			}
			String name = Locale.of("", country).getDisplayCountry(locale);
			String chosen = form.text("nationalCodes." + country);
			String market = classification.scheduleMarket(country).orElse(null);
			if (market == null) {
				destinations.add(new Destination(country, name, null, null, Status.NO_SCHEDULE, List.of(), chosen,
						false));
				continue;
			}
			String version = classification.scheduleVersion(country, today).orElse(null);
			List<NationalLine> lines = version == null ? List.of()
					: classification.nationalLines(country, subheading, today);
			Status status = version == null ? Status.NOT_LOADED : lines.isEmpty() ? Status.NO_LINES : Status.LINES;
			destinations.add(new Destination(country, name, market, version, status, lines, chosen,
					"JP".equals(market)));
		}
		return new Suggestions(subheading, destinations);
	}

}
