package org.twinport.pricing.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The national tariff lines a quote may use, answered from memory: the version of a
 * market's schedule in force on a date.
 */
public interface TariffLines {

	/** The schedule market names a rule set's market may give as its {@code tariff}. */
	List<String> MARKETS = List.of("US", "GB", "EU", "JP", "AU");

	/** No schedule loaded: every market's duty comes from its rule set. */
	TariffLines NONE = (market, date) -> Optional.empty();

	/** The version of the market's schedule in force on the date; empty when none is loaded for it. */
	Optional<ScheduleIndex> inForce(String market, LocalDate date);

}
