package org.twinport.pricing.internal;

import java.math.BigDecimal;

import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.internal.RuleDocument.Compares;
import org.twinport.shared.Money;

import static org.twinport.pricing.internal.LandedCostEngine.ONE_PERCENT;

/**
 * The market's fees on a consignment: per goods line, per tariff sub-heading or a rate of
 * the customs value within bounds, each where its thresholds say it applies.
 */
final class FeeLines {

	private FeeLines() {
	}

	static void apply(Calculation calc) {
		for (var fee : calc.market().fees()) {
			if (!MarketRules.active(fee.from(), fee.to(), calc.date()) || !applies(calc, fee)) {
				continue;
			}
			Collected collected = fee.owedBy() == RuleDocument.Payer.SELLER ? Collected.BY_SELLER
					: calc.borderOrCheckout();
			String label = LineReason.label(fee.label());
			String unverified = Boolean.FALSE.equals(fee.verified()) ? ".unverified" : "";
			if (fee.perLine() != null) {
				int count = calc.request().items().size();
				Money amount = calc.fx()
					.convert(fee.perLine(), calc.currency())
					.times(BigDecimal.valueOf(count))
					.rounded();
				calc.add(LineType.FEE, amount, null, null, fee.id(), fee.source(), collected,
						LineReason.of("fee" + unverified, "label", label, "perLine", fee.perLine().toString(), "lines",
								String.valueOf(count)),
						null);
			}
			else if (fee.perSubheading() != null) {
				int count = calc.subheadings();
				Money amount = calc.fx()
					.convert(fee.perSubheading(), calc.currency())
					.times(BigDecimal.valueOf(count))
					.rounded();
				calc.add(LineType.FEE, amount, null, null, fee.id(), fee.source(), collected,
						LineReason.of("fee.perSubheading" + unverified, "label", label, "perSubheading",
								fee.perSubheading().toString(), "subheadings", String.valueOf(count)),
						null);
			}
			else {
				Money base = calc.consignment().customsValue();
				Money amount = base.times(fee.rate()).times(ONE_PERCENT);
				if (fee.minimum() != null) {
					amount = max(amount, calc.fx().convert(fee.minimum(), calc.currency()));
				}
				if (fee.maximum() != null) {
					amount = min(amount, calc.fx().convert(fee.maximum(), calc.currency()));
				}
				LineReason reason = fee.minimum() != null && fee.maximum() != null
						? LineReason.of("fee.rate.bounded" + unverified, "label", label, "rate",
								fee.rate().toPlainString(), "minimum", fee.minimum().toString(), "maximum",
								fee.maximum().toString())
						: LineReason.of("fee.rate" + unverified, "label", label, "rate", fee.rate().toPlainString());
				calc.add(LineType.FEE, amount.rounded(), base, fee.rate(), fee.id(), fee.source(), collected, reason,
						null);
			}
		}
	}

	private static boolean applies(Calculation calc, RuleDocument.Fee fee) {
		Compares compares = fee.compares() == null ? Compares.INTRINSIC : fee.compares();
		if (fee.under() != null && !calc.below(compares, fee.under())) {
			return false;
		}
		return fee.over() == null || !calc.atOrBelow(compares, fee.over());
	}

	private static Money max(Money a, Money b) {
		return a.amount().compareTo(b.amount()) >= 0 ? a : b;
	}

	private static Money min(Money a, Money b) {
		return a.amount().compareTo(b.amount()) <= 0 ? a : b;
	}

}
