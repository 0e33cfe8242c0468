package org.twinport.pricing.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.twinport.pricing.ExchangeRates;

/** Where exchange rates come from; empty until a rate set is loaded. */
public interface RateSource {

	Optional<ExchangeRates> latest();

	/** The rates in force on a date: the newest set dated on or before it. */
	Optional<ExchangeRates> onOrBefore(LocalDate date);

}
