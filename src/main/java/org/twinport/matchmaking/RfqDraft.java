package org.twinport.matchmaking;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.twinport.shared.Money;

/**
 * A sourcing request as its buyer writes it.
 *
 * @param hsCode 2, 4 or 6 digits
 * @param unit for example {@code kg}, {@code pcs}, {@code carton}
 * @param targetUnitPrice optional
 * @param incoterm an Incoterms 2020 rule such as {@code FOB}, {@code DAP}
 * @param destination ISO country code
 */
public record RfqDraft(String product, String hsCode, String category, BigDecimal quantity, String unit,
		Money targetUnitPrice, String incoterm, String destination, LocalDate deadline) {
}
