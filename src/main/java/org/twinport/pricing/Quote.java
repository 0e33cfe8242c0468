package org.twinport.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.twinport.shared.Money;

/**
 * An itemized landed-cost quote. {@code refusals} non-empty means the consignment cannot
 * be sold this way (for example over China's cross-border retail limits); its lines are
 * then only indicative.
 */
public record Quote(UUID id, String destination, String currency, LocalDate date, Incoterm incoterm,
		List<QuoteLine> lines, Totals totals, String ruleSetVersion, String fxRateSetId, List<Refusal> refusals,
		Instant createdAt, Instant expiresAt) {

	public record Totals(Money goods, Money shipping, Money duty, Money tax, Money fees, Money dueAtCheckout,
			Money dueAtBorder, Money total) {
	}

	public record Refusal(String code, String message) {
	}

	public boolean accepted() {
		return refusals.isEmpty();
	}

}
