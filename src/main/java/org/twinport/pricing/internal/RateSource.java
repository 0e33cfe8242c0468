package org.twinport.pricing.internal;

import java.util.Optional;

import org.twinport.pricing.ExchangeRates;

/** Where the latest exchange rates come from; empty until a rate set is loaded. */
public interface RateSource {

	Optional<ExchangeRates> latest();

}
