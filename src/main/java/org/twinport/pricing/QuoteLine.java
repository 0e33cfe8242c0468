package org.twinport.pricing;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Money;

/**
 * One line of a quote: what it is, how much, on what base and at what rate, which rule
 * produced it (and that rule's source), and when the buyer pays it.
 *
 * @param rate the percentage applied to {@code base}, or null for flat amounts
 * @param item the index of the goods item the line belongs to, or null for
 * consignment-wide lines
 * @param reason why the line applies, as a message code ({@code line.<reason>}) with
 * {@code args}; null on lines quoted before reasons were codes, which only have their
 * English {@code description}
 * @param base the amount {@code rate} applies to, or null for flat amounts
 * @param estimate true when the amount is an estimate, {@code reason} says why
 * @param argOrder the names of {@code args} in the order the message uses them; taken
 * from {@code args} when null
 */
public record QuoteLine(LineType type, Money amount, @Nullable Money base, @Nullable BigDecimal rate, String ruleId,
		String source, Collected collected, String description, @Nullable Integer item, @Nullable String reason,
		java.util.Map<String, String> args, boolean estimate, java.util.@Nullable List<String> argOrder) {

	public QuoteLine(LineType type, Money amount, @Nullable Money base, @Nullable BigDecimal rate, String ruleId,
			String source, Collected collected, String description, @Nullable Integer item, @Nullable String reason,
			java.util.Map<String, String> args, boolean estimate) {
		this(type, amount, base, rate, ruleId, source, collected, description, item, reason, args, estimate, null);
	}

	public QuoteLine(LineType type, Money amount, @Nullable Money base, @Nullable BigDecimal rate, String ruleId,
			String source, Collected collected, String description, @Nullable Integer item) {
		this(type, amount, base, rate, ruleId, source, collected, description, item, null, java.util.Map.of(), false);
	}

	public QuoteLine {
		args = ReasonArguments.ordered(args, argOrder);
		argOrder = ReasonArguments.names(args);
	}

	public enum LineType {

		GOODS, SHIPPING, INSURANCE, DUTY, VAT, GST, CONSUMPTION_TAX, FEE

	}

	/**
	 * When and by whom the line is paid: {@code BY_SELLER} lines are owed by the seller,
	 * who bears them in its price; they are shown, never added to what the buyer pays.
	 */
	public enum Collected {

		AT_CHECKOUT, AT_BORDER, BY_SELLER

	}

}
