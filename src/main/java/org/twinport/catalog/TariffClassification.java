package org.twinport.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the catalog needs to know to trust a product's classification: whether its HS
 * 2022 subheading exists, and the national tariff lines of a destination country in the
 * schedule in force on a date. Declared here and provided by pricing, which holds the
 * nomenclature and the schedules (pricing already reads the catalog's FX rates, so the
 * catalog cannot depend on pricing without a cycle).
 */
public interface TariffClassification {

	/** Whether the 6 digits are a subheading of HS 2022. */
	boolean hsSubheadingExists(String sixDigits);

	/**
	 * The tariff schedule a destination country's imports are classified in ("EU" for a
	 * member state, "GB", "US", "JP", "AU"); empty when there is none.
	 */
	Optional<String> scheduleMarket(String destinationCountry);

	/** The version of the destination's schedule in force on the date; empty when none is loaded. */
	Optional<String> scheduleVersion(String destinationCountry, LocalDate date);

	/** The destination's national line with exactly this code, in the schedule in force on the date. */
	Optional<NationalLine> nationalLine(String destinationCountry, String code, LocalDate date);

	/** The national lines (8 to 10 digits) under a 6-digit subheading, in the schedule in force on the date. */
	List<NationalLine> nationalLines(String destinationCountry, String sixDigits, LocalDate date);

	/**
	 * A line of a national schedule as the product editor shows it: the description as
	 * the schedule words it (Japan's only in Japanese) and the rate as written there.
	 */
	record NationalLine(String market, String scheduleVersion, String code, String description, String rateText) {
	}

}
