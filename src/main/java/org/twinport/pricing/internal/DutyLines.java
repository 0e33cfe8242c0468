package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.internal.RuleDocument.Applies;
import org.twinport.pricing.internal.RuleDocument.FlatDuty;
import org.twinport.pricing.internal.RuleDocument.PointOfSale;
import org.twinport.pricing.internal.RuleDocument.Rate;
import org.twinport.pricing.internal.RuleDocument.Threshold;
import org.twinport.pricing.tariff.ScheduleIndex;
import org.twinport.shared.Money;

import static org.twinport.pricing.internal.LandedCostEngine.MC;
import static org.twinport.pricing.internal.LandedCostEngine.HUNDRED;

/**
 * Duty on a consignment: the excess-duty rule, relief under a point-of-sale regime or a
 * threshold, a flat duty per sub-heading, else per item from the national tariff line or the
 * rule set's rate, with any additional duties by origin.
 */
final class DutyLines {

	private DutyLines() {
	}

	static void apply(Calculation calc, @Nullable PointOfSale pos) {
		var excess = calc.market().excessDuty(calc.date());
		if (excess.isPresent()) {
			new ExcessDutyRule(calc, excess.get()).apply();
			return;
		}
		if (pos != null && Boolean.TRUE.equals(pos.dutyRelief())) {
			calc.add(LineType.DUTY, Money.zero(calc.currency()), calc.consignment().customsValue(), null, pos.id(),
					pos.source(),
					Collected.AT_CHECKOUT, LineReason.of("noDutyUnder", "regime", LineReason.label(pos.label()), "limit",
							pos.limit().toString()),
					null);
			return;
		}
		Optional<Threshold> exempt = calc.exemption(Applies.DUTY);
		if (exempt.isPresent()) {
			Threshold t = exempt.get();
			calc.add(LineType.DUTY, Money.zero(calc.currency()), calc.consignment().customsValue(), null, t.id(),
					t.source(),
					calc.borderOrCheckout(), LineReason.of("noDutyThreshold", "compares", Calculation.compares(t), "limit",
							t.limit().toString()),
					null);
			return;
		}
		Optional<FlatDuty> flat = calc.market().flatDuties()
			.stream()
			.filter(f -> MarketRules.active(f.from(), f.to(), calc.date()))
			.filter(f -> !Boolean.TRUE.equals(f.consumersOnly())
					|| calc.request().buyerType() == QuoteRequest.BuyerType.CONSUMER)
			.filter(f -> calc.atOrBelow(f.compares(), f.limit()))
			.findFirst();
		if (flat.isPresent()) {
			flatDuty(calc, flat.get());
			return;
		}
		for (int i = 0; i < calc.request().items().size(); i++) {
			tariffDuty(calc, i);
		}
	}

	private static void flatDuty(Calculation calc, FlatDuty flat) {
		int subheadings = calc.subheadings();
		Money perSubheading = calc.fx().convert(flat.perSubheading(), calc.currency());
		Money amount = perSubheading.times(BigDecimal.valueOf(subheadings)).rounded();
		calc.add(LineType.DUTY, amount, calc.consignment().customsValue(), null, flat.id(), flat.source(),
				calc.borderOrCheckout(),
				LineReason.of("flatDuty", "perSubheading", flat.perSubheading().toString(), "subheadings",
						String.valueOf(subheadings), "limit", flat.limit().toString()),
				null);
		calc.spreadDuty(amount);
	}

	private static void tariffDuty(Calculation calc, int i) {
		QuoteRequest.Item item = calc.request().items().get(i);
		Money base = calc.itemCustomsValue(i);
		if (calc.schedule() != null) {
			calc.scheduleUsed = true;
			if (new NationalLineDuty(calc, calc.schedule()).apply(i, base)) {
				additionalDuties(calc, i, item, base);
				return;
			}
		}
		Optional<Rate> rate = calc.market().baseDuty(item.hsCode(), item.originCountry(), calc.date());
		if (rate.isEmpty()) {
			// Never a silent zero: without a rate the consignment cannot be priced.
			ScheduleIndex schedule = calc.schedule();
			calc.refuse("DUTY_RATE_UNKNOWN", i, null, null, "hsCode", item.hsCode(), "market", calc.market().country(),
					"tariff", schedule == null ? "—" : schedule.version());
			return;
		}
		dutyAtRate(calc, i, item, base, rate.get(), calc.schedule() != null);
		additionalDuties(calc, i, item, base);
	}

	private static void additionalDuties(Calculation calc, int i, QuoteRequest.Item item, Money base) {
		for (Rate r : calc.market().additionalDuties(item.hsCode(), item.originCountry(), calc.date())) {
			dutyAtRate(calc, i, item, base, r, false);
		}
	}

	/**
	 * A duty line at a rule's percentage; {@code noLine}: instead of the schedule's line,
	 * which it does not have, so only an estimate.
	 */
	private static void dutyAtRate(Calculation calc, int i, QuoteRequest.Item item, Money base, Rate r,
			boolean noLine) {
		BigDecimal exact = base.amount().multiply(r.rate(), MC).divide(HUNDRED, MC);
		calc.addDuty(i, exact);
		boolean byOrigin = r.origins() != null && !r.origins().isEmpty();
		String code = (Boolean.TRUE.equals(r.additional()) ? "additionalDuty" : "duty")
				+ (byOrigin ? ".origin" : "");
		LineReason reason = noLine ? NationalLineDuty.noLine(calc.schedule(), item.hsCode(), calc.date(), r.rate())
				: byOrigin
						? LineReason.of(code, "rate", r.rate().toPlainString(), "hsCode", item.hsCode(), "origin",
								item.originCountry())
						: LineReason.of(code, "rate", r.rate().toPlainString(), "hsCode", item.hsCode());
		calc.add(LineType.DUTY, new Money(exact, calc.currency()).rounded(), base.rounded(), r.rate(), r.id(),
				r.source(),
				calc.borderOrCheckout(), reason, i);
	}

}
