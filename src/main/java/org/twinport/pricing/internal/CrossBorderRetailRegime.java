package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.internal.RuleDocument.CrossBorderRetail;
import org.twinport.pricing.internal.RuleDocument.Rate;
import org.twinport.shared.Money;

/**
 * China's cross-border e-commerce retail import: within the per-transaction and yearly
 * limits, no duty, and VAT and consumption tax at a fraction (70%) of the normal amount,
 * withheld at checkout. A single indivisible item over the transaction limit may still
 * use the channel if the yearly limit allows, taxed in full. Anything else is refused: it
 * must go through general trade.
 */
final class CrossBorderRetailRegime {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Calculation calc;

	private final CrossBorderRetail rule;

	CrossBorderRetailRegime(Calculation calc, CrossBorderRetail rule) {
		this.calc = calc;
		this.rule = rule;
	}

	void apply() {
		String currency = calc.currency();
		var consignment = calc.consignment();
		var request = calc.request();
		Money transaction = consignment.value(RuleDocument.Compares.CONSIGNMENT);
		Money perTransaction = calc.fx().convert(rule.perTransaction(), currency);
		Money perYear = calc.fx().convert(rule.perYear(), currency);
		Money before = request.buyerAnnualTotal() == null ? Money.zero(currency)
				: calc.fx().convert(request.buyerAnnualTotal(), currency);
		boolean overTransaction = transaction.compareTo(perTransaction) > 0;
		boolean singleIndivisible = request.items().size() == 1 && request.items().get(0).quantity() == 1;
		if (before.plus(transaction).compareTo(perYear) > 0) {
			calc.refuse("CN_CBEC_ANNUAL_LIMIT", null, rule.id(), rule.source(), "total",
					before.plus(transaction).rounded().toString(), "limit", rule.perYear().toString());
			return;
		}
		if (overTransaction && !singleIndivisible) {
			calc.refuse("CN_CBEC_TRANSACTION_LIMIT", null, rule.id(), rule.source(), "value", transaction.toString(),
					"limit", rule.perTransaction().toString());
			return;
		}
		boolean full = overTransaction;
		BigDecimal factor = full ? BigDecimal.ONE : rule.taxFactor();
		if (!full) {
			calc.add(LineType.DUTY, Money.zero(currency), consignment.customsValue(), BigDecimal.ZERO, rule.id(),
					rule.source(), Collected.AT_CHECKOUT,
					LineReason.of("cbec.noDuty", "limit", rule.perTransaction().toString()), null);
		}
		for (int i = 0; i < request.items().size(); i++) {
			taxItem(i, factor, full);
		}
	}

	private void taxItem(int i, BigDecimal factor, boolean full) {
		String currency = calc.currency();
		QuoteRequest.Item item = calc.request().items().get(i);
		Money base = calc.itemCustomsValue(i);
		BigDecimal duty = BigDecimal.ZERO;
		if (full) {
			Optional<Rate> dutyRate = calc.market().baseDuty(item.hsCode(), item.originCountry(), calc.date());
			if (dutyRate.isPresent()) {
				duty = base.amount()
					.multiply(dutyRate.get().rate(), LandedCostEngine.MC)
					.divide(HUNDRED, LandedCostEngine.MC);
				calc.add(LineType.DUTY, new Money(duty, currency).rounded(), base.rounded(), dutyRate.get().rate(),
						dutyRate.get().id(), dutyRate.get().source(), Collected.AT_CHECKOUT,
						LineReason.of("cbec.dutyInFull", "rate", dutyRate.get().rate().toPlainString()), i);
			}
		}
		BigDecimal ct = consumptionTaxRate(item).divide(HUNDRED, LandedCostEngine.MC);
		BigDecimal vat = calc.market()
			.importTax(item.hsCode(), item.originCountry(), calc.date())
			.map(Rate::rate)
			.orElse(rule.vatRate())
			.divide(HUNDRED, LandedCostEngine.MC);
		BigDecimal taxBase = base.amount().add(duty);
		BigDecimal grossUp = BigDecimal.ONE.subtract(ct);
		String factorPercent = factor.multiply(HUNDRED).stripTrailingZeros().toPlainString();
		if (ct.signum() > 0) {
			BigDecimal amount = taxBase.multiply(ct, LandedCostEngine.MC)
				.divide(grossUp, LandedCostEngine.MC)
				.multiply(factor, LandedCostEngine.MC);
			calc.add(LineType.CONSUMPTION_TAX, new Money(amount, currency).rounded(),
					new Money(taxBase, currency).rounded(), ct.multiply(HUNDRED).stripTrailingZeros(), rule.id(),
					rule.source(), Collected.AT_CHECKOUT,
					regime(full, "CONSUMPTION_TAX", ct.multiply(HUNDRED).stripTrailingZeros().toPlainString(),
							factorPercent),
					i);
		}
		BigDecimal amount = taxBase.multiply(vat, LandedCostEngine.MC)
			.divide(grossUp, LandedCostEngine.MC)
			.multiply(factor, LandedCostEngine.MC);
		calc.add(LineType.VAT, new Money(amount, currency).rounded(), new Money(taxBase, currency).rounded(),
				vat.multiply(HUNDRED).stripTrailingZeros(), rule.id(), rule.source(), Collected.AT_CHECKOUT,
				regime(full, "VAT", vat.multiply(HUNDRED).stripTrailingZeros().toPlainString(), factorPercent), i);
	}

	private static LineReason regime(boolean full, String tax, String rate, String factor) {
		return full ? LineReason.of("cbec.taxInFull", "tax", LineReason.taxName(tax), "rate", rate)
				: LineReason.of("cbec.tax", "tax", LineReason.taxName(tax), "rate", rate, "factor", factor);
	}

	private BigDecimal consumptionTaxRate(QuoteRequest.Item item) {
		if (rule.consumptionTaxes() == null) {
			return BigDecimal.ZERO;
		}
		return rule.consumptionTaxes()
			.stream()
			.filter(rate -> MarketRules.matches(rate, item.hsCode(), item.originCountry(), calc.date()))
			.max(java.util.Comparator.comparingInt(rate -> MarketRules.prefixLength(rate.hsPrefixes(), item.hsCode())))
			.map(Rate::rate)
			.orElse(BigDecimal.ZERO);
	}

}
