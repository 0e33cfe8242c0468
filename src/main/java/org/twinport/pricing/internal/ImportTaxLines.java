package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.internal.RuleDocument.Applies;
import org.twinport.pricing.internal.RuleDocument.BusinessTreatment;
import org.twinport.pricing.internal.RuleDocument.PointOfSale;
import org.twinport.pricing.internal.RuleDocument.Rate;
import org.twinport.pricing.internal.RuleDocument.Threshold;
import org.twinport.pricing.internal.RuleDocument.ValueBasis;
import org.twinport.shared.Money;

import static org.twinport.pricing.internal.LandedCostEngine.MC;
import static org.twinport.pricing.internal.LandedCostEngine.HUNDRED;
import static org.twinport.pricing.internal.LandedCostEngine.ONE_PERCENT;

/**
 * Import VAT, GST or consumption tax per goods item: charged at checkout under a
 * point-of-sale regime (or not at all to a business buyer), relieved under a threshold,
 * else on the customs value and duty, truncated where the market's declaration is.
 */
final class ImportTaxLines {

	private ImportTaxLines() {
	}

	static void apply(Calculation calc, PointOfSale pos) {
		Optional<Threshold> exempt = pos == null ? calc.exemption(Applies.TAX) : Optional.empty();
		Optional<RuleDocument.TaxRounding> rounding = pos == null ? calc.market().taxRounding(calc.date()) : Optional.empty();
		java.util.Map<Rate, BigDecimal> declared = new java.util.LinkedHashMap<>();
		for (int i = 0; i < calc.request().items().size(); i++) {
			QuoteRequest.Item item = calc.request().items().get(i);
			Optional<Rate> rate = calc.market().importTax(item.hsCode(), item.originCountry(), calc.date());
			if (rate.isEmpty()) {
				continue;
			}
			Rate r = rate.get();
			LineType type = LineType.valueOf(r.type());
			Money base;
			Collected collected;
			LineReason why;
			String tax = LineReason.taxName(r.type());
			String percent = r.rate().toPlainString();
			if (pos != null && calc.business() != null) {
				businessTax(calc, type, r, pos, i);
				continue;
			}
			if (pos != null) {
				// The seller charges the tax on the price it charges: goods and
				// transport.
				base = calc.consignment().itemValues()
					.get(i)
					.plus(calc.consignment().share(i, calc.consignment().transport()))
					.plus(new Money(calc.dutyPerItem(i), calc.currency()));
				collected = Collected.AT_CHECKOUT;
				why = LineReason.of("tax.pointOfSale", "tax", tax, "rate", percent, "regime", LineReason.label(pos.label()),
						"limit", pos.limit().toString());
			}
			else if (exempt.isPresent()) {
				Threshold t = exempt.get();
				calc.add(type, Money.zero(calc.currency()), calc.itemCustomsValue(i).rounded(), r.rate(), t.id(), t.source(),
						calc.borderOrCheckout(),
						LineReason.of("noTax", "tax", tax, "compares", Calculation.compares(t), "limit", t.limit().toString()), i);
				continue;
			}
			else {
				base = calc.itemCustomsValue(i).plus(new Money(calc.dutyPerItem(i), calc.currency()));
				if (calc.market().customsValue() == ValueBasis.FOB && calc.market().taxIncludesTransport()) {
					base = base.plus(calc.consignment().share(i, calc.consignment().transport()));
				}
				collected = calc.borderOrCheckout();
				why = calc.excludedFrom() != null ? excludedFromPointOfSale(calc, collected, tax, percent)
						: calc.business() != null
								? LineReason.of("tax.business.import", "tax", tax, "rate", percent, "taxId",
										calc.request().buyer().taxId())
								: LineReason.of(collected == Collected.AT_CHECKOUT ? "tax.ddp" : "tax.dap", "tax", tax,
										"rate", percent);
				if (rounding.isPresent()) {
					declared.merge(r, base.amount(), BigDecimal::add);
					continue;
				}
			}
			Money amount = base.times(r.rate()).times(ONE_PERCENT).rounded();
			calc.add(type, amount, base.rounded(), r.rate(), r.id(), r.source(), collected, why, i);
		}
		rounding.ifPresent(rule -> declared.forEach((rate, base) -> truncatedTax(calc, rule, rate, base)));
	}

	/**
	 * Tax on the declaration's base for one rate, the base and the tax each truncated
	 * to the market's unit (Japan: JPY 1,000 and JPY 100).
	 */
	private static void truncatedTax(Calculation calc, RuleDocument.TaxRounding rule, Rate rate, BigDecimal base) {
		BigDecimal truncatedBase = truncate(base, rule.baseUnit());
		BigDecimal tax = truncate(truncatedBase.multiply(rate.rate(), MC).divide(HUNDRED, MC), rule.taxUnit());
		Collected collected = calc.borderOrCheckout();
		calc.add(LineType.valueOf(rate.type()), new Money(tax, calc.currency()).rounded(),
				new Money(truncatedBase, calc.currency()).rounded(), rate.rate(), rate.id(), rate.source(), collected,
				LineReason.of(collected == Collected.AT_CHECKOUT ? "tax.ddp.truncated" : "tax.dap.truncated", "tax",
						LineReason.taxName(rate.type()), "rate", rate.rate().toPlainString(), "baseUnit",
						new Money(rule.baseUnit(), calc.currency()).toString(), "taxUnit",
						new Money(rule.taxUnit(), calc.currency()).toString()),
				null);
	}

	private static BigDecimal truncate(BigDecimal amount, BigDecimal unit) {
		return amount.divide(unit, 0, java.math.RoundingMode.DOWN).multiply(unit);
	}

	/**
	 * The tax outside the point-of-sale scheme, and why: excise goods in the consignment.
	 * An estimate, as the excise duty in its base is not quoted.
	 */
	private static LineReason excludedFromPointOfSale(Calculation calc, Collected collected, String tax,
			String percent) {
		Screening.Exclusion exclusion = calc.screened().posExclusion();
		return LineReason
			.of(collected == Collected.AT_CHECKOUT ? "tax.ddp.excluded" : "tax.dap.excluded", "tax", tax, "rate",
					percent, "regime", LineReason.label(calc.excludedFrom().label()), "hsCode", exclusion.hsCode(), "rule",
					exclusion.entry().id())
			.estimated();
	}

	/**
	 * A business buyer under a consumer regime: the seller charges nothing. Under a
	 * reverse charge the business accounts for the tax on the price in its own return,
	 * so the line shows that base, rate and amount while charging zero.
	 */
	private static void businessTax(Calculation calc, LineType type, Rate r, PointOfSale pos, int i) {
		Money base = calc.consignment().itemValues().get(i).plus(calc.consignment().share(i, calc.consignment().transport()));
		String tax = LineReason.taxName(r.type());
		String percent = r.rate().toPlainString();
		LineReason why = calc.business().treatment() == BusinessTreatment.REVERSE_CHARGE
				? LineReason.of("tax.business.reverseCharge", "tax", tax, "rate", percent, "taxId",
						calc.request().buyer().taxId(), "amount", base.times(r.rate()).times(ONE_PERCENT).rounded().toString())
				: LineReason.of("tax.business.notCharged", "tax", tax, "rate", percent, "taxId",
						calc.request().buyer().taxId());
		calc.add(type, Money.zero(calc.currency()), base.rounded(), r.rate(), pos.id(), calc.business().source(),
				Collected.AT_CHECKOUT, why, i);
	}

}
