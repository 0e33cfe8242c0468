package org.twinport.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What may not be sold into which market: versioned, effective-dated restricted-goods
 * lists (format {@code twinport-restricted-goods/1}), each entry with its source. Quotes
 * screen their goods against the list in force on their date.
 */
public interface RestrictedGoods {

	/**
	 * Validates a list and stores it; it is in force from its {@code validFrom}.
	 * @throws org.twinport.shared.InvalidInputException naming what is wrong; nothing is
	 * stored then
	 */
	ListInfo load(String document, String loadedBy);

	/** The lists loaded, latest {@code validFrom} first. */
	List<ListInfo> lists();

	/**
	 * The markets goods of that HS code and origin cannot be sold to (to a consumer) on
	 * that date, each with the refusal that says why and on which rule.
	 */
	List<MarketRefusal> screen(String hsCode, String originCountry, LocalDate date);

	record ListInfo(String version, LocalDate validFrom, String loadedBy, Instant loadedAt, boolean inForce,
			List<String> markets) {
	}

	record MarketRefusal(String market, Quote.Refusal refusal) {
	}

}
