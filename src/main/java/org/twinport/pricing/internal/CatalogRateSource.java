package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.twinport.catalog.FxRates;
import org.twinport.pricing.ExchangeRates;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Quotes use the catalog's reference-rate set in force on their date: the latest, the one
 * that buyers' prices are shown in, for quotes of today.
 */
@Component
class CatalogRateSource implements RateSource {

	private final FxRates fxRates;

	CatalogRateSource(FxRates fxRates) {
		this.fxRates = fxRates;
	}

	@Override
	public Optional<ExchangeRates> latest() {
		return fxRates.latest().map(RateSetRates::new);
	}

	@Override
	public Optional<ExchangeRates> onOrBefore(LocalDate date) {
		return fxRates.onOrBefore(date).map(RateSetRates::new);
	}

	/** Cross rates through the euro, as the ECB publishes them. */
	private record RateSetRates(FxRates.RateSet set) implements ExchangeRates {

		@Override
		public String id() {
			return "fx-" + set.id() + "@" + set.rateDate();
		}

		@Override
		public BigDecimal rate(String from, String to) {
			return perEuro(to).divide(perEuro(from), MathContext.DECIMAL64);
		}

		private BigDecimal perEuro(String currency) {
			if ("EUR".equals(currency)) {
				return BigDecimal.ONE;
			}
			BigDecimal rate = set.perEur().get(currency);
			if (rate == null) {
				throw new InvalidInputException("currency",
						Reason.of("pricing.problem.noRate", set.rateDate().toString(), currency));
			}
			return rate;
		}
	}

}
