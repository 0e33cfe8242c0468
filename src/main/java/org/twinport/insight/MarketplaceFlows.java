package org.twinport.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Money;

/**
 * Trade flows derived from marketplace orders. Made to be called by one listener per
 * ordering event ({@code OrderPaid} → {@link #recordMarketplaceFlow},
 * {@code OrderRefunded} → {@link #reverseMarketplaceFlow}): both are idempotent per
 * order, so a redelivered event changes nothing.
 */
public interface MarketplaceFlows {

	/**
	 * Records a paid order's lines in the month it was paid, converted to the reporting
	 * currency with the FX set valid then (recorded on each line).
	 * @return false when the order was recorded before (nothing changes)
	 * @throws org.twinport.shared.InvalidInputException naming the offending field
	 */
	boolean recordMarketplaceFlow(OrderFlow order);

	/**
	 * Reverses a recorded order in full, as one refund named {@code full}: negative lines
	 * dated in the month of the refund, with exactly the reporting value still standing,
	 * so the order nets to zero over any range that holds both months.
	 * @return false when this refund was applied before (nothing changes)
	 */
	boolean reverseMarketplaceFlow(String orderId, LocalDate refundedOn);

	/**
	 * Reverses one refund's share of an order, in the month of the refund: each line by
	 * {@code share} of its recorded value (rounded to the cent), or, for the refund that
	 * completes the order's refund, by everything that still stands, so that a fully
	 * refunded order nets to exactly zero. A refund that arrives before its order was
	 * recorded is kept and applied when the order is recorded.
	 * @return false when this refund was seen before (nothing changes)
	 * @throws org.twinport.shared.InvalidInputException naming the offending field
	 */
	boolean reverseMarketplaceFlow(Refund refund);

	/**
	 * @param refundKey names the refund within the order, for idempotency
	 * @param share the part of the order refunded, more than 0 and at most 1
	 * @param full true when this refund completes the order's refund
	 */
	record Refund(String orderId, String refundKey, LocalDate refundedOn, BigDecimal share, boolean full) {
	}

	/**
	 * @param reporter the place code of the side that reports the flow, usually the home
	 * city ({@code cn-jinan})
	 * @param partnerCountry ISO 3166 alpha-2 of the other side
	 * @param partnerPlace the network place code of the other side; null when not a
	 * network place
	 */
	record OrderFlow(String orderId, LocalDate paidOn, String reporter, FlowDirection flow, String partnerCountry,
			@Nullable String partnerPlace, List<Line> lines) {
	}

	/**
	 * @param hsCode 2, 4 or 6 digits
	 * @param quantity null when unknown
	 * @param unit for example {@code kg} or {@code pcs}; null when unknown
	 */
	record Line(String hsCode, TradeChannel channel, Money value, @Nullable BigDecimal quantity,
			@Nullable String unit) {
	}

}
