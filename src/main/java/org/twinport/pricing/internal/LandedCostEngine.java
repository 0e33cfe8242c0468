package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.twinport.pricing.ExchangeRates;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.tariff.ScheduleIndex;
import org.twinport.pricing.tariff.TariffLines;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;

/**
 * Computes a landed-cost quote from a compiled rule set. Pure and thread-safe: no I/O, no
 * clock of its own. Amounts are converted into the destination currency first; every line
 * is rounded half-up to its minor unit.
 */
public final class LandedCostEngine {

	static final MathContext MC = MathContext.DECIMAL64;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

	public Quote quote(CompiledRuleSet rules, QuoteRequest request, ExchangeRates fx, Instant now,
			java.time.Duration validity) {
		return quote(rules, TariffLines.NONE, RestrictedGoodsList.NONE, request, fx, now, validity);
	}

	/** A quote with the national schedules of {@code tariffs} and no restricted-goods screening. */
	public Quote quote(CompiledRuleSet rules, TariffLines tariffs, QuoteRequest request, ExchangeRates fx,
			Instant now, java.time.Duration validity) {
		return quote(rules, tariffs, RestrictedGoodsList.NONE, request, fx, now, validity);
	}

	/**
	 * A quote whose duty comes from the national tariff line where the market names a
	 * schedule and {@code tariffs} has a version of it in force on the quote's date, and
	 * whose goods are screened against the restricted-goods list in force on its date.
	 */
	public Quote quote(CompiledRuleSet rules, TariffLines tariffs, RestrictedGoodsList restricted,
			QuoteRequest request, ExchangeRates fx,
			Instant now, java.time.Duration validity) {
		MarketRules market = rules.market(request.destination())
			.orElseThrow(() -> new InvalidInputException("destination",
					Reason.of("pricing.problem.noMarket", rules.version(), request.destination())));
		LocalDate date = request.date() != null ? request.date() : LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
		Consignment consignment = Consignment.of(request, market, fx, valuation(market, request, date));
		ScheduleIndex schedule = market.tariff() == null ? null
				: tariffs.inForce(market.tariff(), date).orElse(null);
		if (schedule != null) {
			NationalLineDuty.checkCodes(request, schedule);
		}
		Calculation calculation = new Calculation(market, request, consignment, date, fx, schedule);
		calculation.screened = Screening.screen(restricted, request, date);
		calculation.run();
		List<QuoteLine> lines = calculation.lines;
		String resultCurrency = request.currency() == null ? market.currency() : request.currency();
		if (!resultCurrency.equals(market.currency())) {
			lines = lines.stream().map(line -> convert(line, fx, resultCurrency)).toList();
		}
		return new Quote(UUID.randomUUID(), request.destination(), resultCurrency, date, request.incoterm(), lines,
				totals(lines, resultCurrency), rules.version(), fx.id(), calculation.refusals, now, now.plus(validity),
				calculation.scheduleUsed ? schedule.version() : null);
	}

	private static QuoteLine convert(QuoteLine line, ExchangeRates fx, String currency) {
		return new QuoteLine(line.type(), fx.convert(line.amount(), currency).rounded(),
				line.base() == null ? null : fx.convert(line.base(), currency).rounded(), line.rate(), line.ruleId(),
				line.source(), line.collected(), line.description(), line.item(), line.reason(), line.args(),
				line.estimate());
	}

	/**
	 * The share of the price that customs values: a consumer's personal-use import where
	 * the market says so (Japan: 60%), else all of it.
	 */
	private static BigDecimal valuation(MarketRules market, QuoteRequest request, LocalDate date) {
		if (request.buyerType() != QuoteRequest.BuyerType.CONSUMER) {
			return BigDecimal.ONE;
		}
		return market.personalUseValuation(date).map(RuleDocument.PersonalUseValuation::factor).orElse(BigDecimal.ONE);
	}

	static Quote.Totals totals(List<QuoteLine> lines, String currency) {
		Money goods = Money.zero(currency);
		Money shipping = Money.zero(currency);
		Money duty = Money.zero(currency);
		Money tax = Money.zero(currency);
		Money fees = Money.zero(currency);
		Money checkout = Money.zero(currency);
		Money border = Money.zero(currency);
		for (QuoteLine line : lines) {
			switch (line.type()) {
				case GOODS -> goods = goods.plus(line.amount());
				case SHIPPING, INSURANCE -> shipping = shipping.plus(line.amount());
				case DUTY -> duty = duty.plus(line.amount());
				case VAT, GST, CONSUMPTION_TAX -> tax = tax.plus(line.amount());
				case FEE -> fees = line.collected() == Collected.BY_SELLER ? fees : fees.plus(line.amount());
			}
			switch (line.collected()) {
				case AT_CHECKOUT -> checkout = checkout.plus(line.amount());
				case AT_BORDER -> border = border.plus(line.amount());
				case BY_SELLER -> {
				}
			}
		}
		return new Quote.Totals(goods, shipping, duty, tax, fees, checkout, border, checkout.plus(border));
	}

	/** One run of the rules over one consignment; collects lines and refusals. */

}
