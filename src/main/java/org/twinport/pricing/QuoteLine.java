package org.twinport.pricing;

import java.math.BigDecimal;

import org.twinport.shared.Money;

/**
 * One line of a quote: what it is, how much, on what base and at what rate, which rule
 * produced it (and that rule's source), and when the buyer pays it.
 *
 * @param rate the percentage applied to {@code base}, or null for flat amounts
 * @param item the index of the goods item the line belongs to, or null for
 * consignment-wide lines
 */
public record QuoteLine(LineType type, Money amount, Money base, BigDecimal rate, String ruleId, String source,
		Collected collected, String description, Integer item) {

	public enum LineType {

		GOODS, SHIPPING, INSURANCE, DUTY, VAT, GST, CONSUMPTION_TAX, FEE

	}

	public enum Collected {

		AT_CHECKOUT, AT_BORDER

	}

}
