package org.twinport.matchmaking;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.twinport.shared.Money;

/**
 * A sourcing request as its buyer writes it.
 * Any part may be null as it arrives (JSON or a form); the service refuses what is missing.
 *
 * @param hsCode 2, 4 or 6 digits
 * @param unit for example {@code kg}, {@code pcs}, {@code carton}
 * @param targetUnitPrice optional
 * @param incoterm an Incoterms 2020 rule such as {@code FOB}, {@code DAP}
 * @param destination ISO country code
 */
public record RfqDraft(@Nullable String product, @Nullable String hsCode, @Nullable String category,
		@Nullable BigDecimal quantity, @Nullable String unit, @Nullable Money targetUnitPrice, @Nullable String incoterm,
		@Nullable String destination, @Nullable LocalDate deadline) {
}
