package org.twinport.catalog;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.twinport.shared.Money;

/** Dated reference-rate sets with their source; conversions use the latest set. */
public interface FxRates {

	/**
	 * @param perEur units of each currency for one euro
	 */
	record RateSet(long id, LocalDate rateDate, String source, boolean demo, Map<String, BigDecimal> perEur) {
	}

	Optional<RateSet> latest();

	/**
	 * The newest set dated on or before the date: the rates in force then. The latest set
	 * for any date on or after its own, without a query.
	 */
	Optional<RateSet> onOrBefore(LocalDate date);

	List<RateSet> sets();

	/**
	 * Imports a CSV in the ECB reference-rate layout: a header {@code Date,USD,JPY,...}
	 * and one row per date with the units per euro; each date becomes one set.
	 * @return the sets imported, newest first
	 * @throws org.twinport.shared.InvalidInputException naming the line of a malformed
	 * row
	 */
	List<RateSet> importEcbCsv(Reader csv, String source, boolean demo);

	/** Converts with the latest set and rounds to the target currency's minor unit. */
	Money convert(Money money, String currency);

}
