package org.twinport.catalog.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The markets goods cannot be sold to, with why: implemented by pricing, which screens
 * goods against the restricted-goods list in force (pricing depends on the catalog, not
 * the other way round).
 */
public interface SaleRestrictions {

	/**
	 * @param markets the markets to check
	 * @return one restriction per market and rule, worded in the locale's language
	 */
	List<Restriction> restrictions(String hsCode, String originCountry, List<String> markets, LocalDate date,
			Locale locale);

	record Restriction(String market, String reason) {
	}

}
