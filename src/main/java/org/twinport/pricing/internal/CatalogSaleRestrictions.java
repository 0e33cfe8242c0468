package org.twinport.pricing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinport.catalog.spi.SaleRestrictions;
import org.twinport.pricing.LineExplanations;

/** Tells the catalog's pages where a product cannot be sold, from the list in force. */
@Component
class CatalogSaleRestrictions implements SaleRestrictions {

	private final RestrictedGoodsService restricted;

	private final LineExplanations explanations;

	CatalogSaleRestrictions(RestrictedGoodsService restricted, LineExplanations explanations) {
		this.restricted = restricted;
		this.explanations = explanations;
	}

	@Override
	public List<Restriction> restrictions(String hsCode, String originCountry, List<String> markets, LocalDate date,
			Locale locale) {
		if (hsCode == null || originCountry == null) {
			return List.of();
		}
		return Screening.screen(restricted.inForce(date), hsCode, originCountry, date, markets)
			.stream()
			.map(refusal -> new Restriction(refusal.args().get("market"), explanations.explain(refusal, locale)))
			.toList();
	}

}
