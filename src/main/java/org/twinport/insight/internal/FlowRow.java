package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trade-flow record as stored; {@code period} is the first day of its month;
 * {@code refundKey} names the refund a reversal belongs to.
 */
record FlowRow(String sourceKind, String source, LocalDate period, String reporter, String partnerCountry,
		String partnerPlace, String flow, String hsCode, String channel, BigDecimal value, String currency,
		BigDecimal reportingValue, String reportingCurrency, Long fxSetId, BigDecimal quantity, String unit,
		String orderId, Integer lineNo, boolean reversal, String refundKey) {
}
