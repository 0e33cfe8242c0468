package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.FxRates.RateSet;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;

/**
 * Converts values to the reporting currency ({@code twinport.insight.reporting-currency},
 * USD by default) with the newest FX set dated on or before the end of the flow's month,
 * so an old month is not restated at today's rates; the oldest set serves months before
 * any set.
 */
@Component
class ReportingCurrency {

	private final FxRates rates;

	private final String currency;

	ReportingCurrency(FxRates rates, @Value("${twinport.insight.reporting-currency:USD}") String currency) {
		this.rates = rates;
		this.currency = Money.checkedCurrency(currency).getCurrencyCode();
	}

	String code() {
		return currency;
	}

	/** The sets, newest first, read once per import rather than per row. */
	List<RateSet> sets() {
		return rates.sets().stream().sorted(Comparator.comparing(RateSet::rateDate).reversed()).toList();
	}

	record Converted(BigDecimal value, Long fxSetId) {
	}

	/**
	 * @throws InvalidInputException when no set holds both currencies
	 */
	Converted convert(BigDecimal amount, String from, LocalDate period, List<RateSet> sets) {
		if (from.equals(currency)) {
			return new Converted(amount.setScale(2, RoundingMode.HALF_UP), null);
		}
		LocalDate monthEnd = period.withDayOfMonth(period.lengthOfMonth());
		RateSet set = sets.stream()
			.filter(s -> !s.rateDate().isAfter(monthEnd))
			.findFirst()
			.orElse(sets.isEmpty() ? null : sets.get(sets.size() - 1));
		if (set == null || set.perEur().get(from) == null || set.perEur().get(currency) == null) {
			throw new InvalidInputException("currency", Reason.of("insight.problem.noRate", from, currency));
		}
		BigDecimal value = amount.multiply(set.perEur().get(currency))
			.divide(set.perEur().get(from), MathContext.DECIMAL64);
		return new Converted(value.setScale(2, RoundingMode.HALF_UP), set.id());
	}

}
