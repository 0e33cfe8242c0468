package org.twinport.matchmaking;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.twinport.shared.Money;

/**
 * A quote, visible only to the RFQ's buyer, the supplier and ADMIN.
 *
 * @param revision 0 as first sent, 1 once revised (the one revision allowed)
 * @param status SUBMITTED, ACCEPTED or NOT_SELECTED
 */
public record QuoteView(long id, long rfqId, long supplierCompanyId, String supplierName, Money unitPrice,
		BigDecimal moq, int leadTimeDays, String incoterm, LocalDate validUntil, int revision, String status) {
}
