package org.twinport.pricing.internal;

import java.math.BigDecimal;

import org.twinport.pricing.Incoterm;
import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.shared.Money;

import static org.twinport.pricing.internal.LandedCostEngine.MC;
import static org.twinport.pricing.internal.LandedCostEngine.HUNDRED;

/**
 * Duty on what a parcel exceeds of a value and weight allowance (the Eurasian
 * Economic Union's rule).
 */
record ExcessDutyRule(Calculation calc, RuleDocument.ExcessDuty rule) {

	void apply() {
		String currency = calc.currency();
		Money allowance = calc.fx().convert(rule.valueAllowance(), currency);
		Money value = calc.consignment().goods();
		BigDecimal overValue = value.amount().subtract(allowance.amount()).max(BigDecimal.ZERO);
		BigDecimal overWeight = calc.consignment()
			.weightKg()
			.subtract(rule.weightAllowanceKg())
			.max(BigDecimal.ZERO);
		BigDecimal byValue = overValue.multiply(rule.rate(), MC).divide(HUNDRED, MC);
		BigDecimal byWeight = calc.fx().convert(rule.minimumPerKg(), currency).amount().multiply(overWeight, MC);
		BigDecimal duty = byValue.max(byWeight);
		LineReason description;
		if (duty.signum() == 0) {
			description = LineReason.of("noDutyAllowance", "valueAllowance", rule.valueAllowance().toString(),
					"weightAllowanceKg", rule.weightAllowanceKg().toPlainString());
		}
		else {
			description = LineReason.of("excessDuty", "rate", rule.rate().toPlainString(), "valueAllowance",
					rule.valueAllowance().toString(), "minimumPerKg", rule.minimumPerKg().toString(),
					"weightAllowanceKg", rule.weightAllowanceKg().toPlainString());
		}
		Money amount = new Money(duty, currency).rounded();
		calc.add(LineType.DUTY, amount, value, rule.rate(), rule.id(), rule.source(),
				calc.request().incoterm() == Incoterm.DDP ? Collected.AT_CHECKOUT : Collected.AT_BORDER,
				description, null);
		calc.spreadDuty(amount);
	}
}
