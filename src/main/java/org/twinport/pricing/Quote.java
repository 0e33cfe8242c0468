package org.twinport.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Money;

/**
 * An itemized landed-cost quote. {@code refusals} non-empty means the consignment cannot
 * be sold this way (for example over China's cross-border retail limits); its lines are
 * then only indicative. {@code incoterm} is null on quotes made before it was asked for,
 * {@code tariffVersion} on quotes made before national tariff schedules.
 */
public record Quote(UUID id, String destination, String currency, LocalDate date, @Nullable Incoterm incoterm,
		List<QuoteLine> lines, Totals totals, String ruleSetVersion, String fxRateSetId, List<Refusal> refusals,
		Instant createdAt, Instant expiresAt, @Nullable String tariffVersion) {

	public Quote(UUID id, String destination, String currency, LocalDate date, @Nullable Incoterm incoterm,
			List<QuoteLine> lines, Totals totals, String ruleSetVersion, String fxRateSetId, List<Refusal> refusals,
			Instant createdAt, Instant expiresAt) {
		this(id, destination, currency, date, incoterm, lines, totals, ruleSetVersion, fxRateSetId, refusals,
				createdAt, expiresAt, null);
	}

	public record Totals(Money goods, Money shipping, Money duty, Money tax, Money fees, Money dueAtCheckout,
			Money dueAtBorder, Money total) {
	}

	/**
	 * Why the consignment cannot be sold this way. {@code code} is a message code worded
	 * with {@code args} in the reader's language; {@code message} is its English wording
	 * for API clients. {@code item} names the goods item refused, null for the whole
	 * consignment; {@code ruleId} and {@code source} the rule that refuses; {@code argOrder}
	 * the names of {@code args} in the order the message uses them.
	 */
	public record Refusal(String code, String message, @Nullable Integer item, @Nullable String ruleId,
			@Nullable String source, java.util.Map<String, String> args, java.util.@Nullable List<String> argOrder) {

		public Refusal(String code, String message) {
			this(code, message, null, null, null, java.util.Map.of());
		}

		public Refusal(String code, String message, @Nullable Integer item, @Nullable String ruleId,
				@Nullable String source, java.util.Map<String, String> args) {
			this(code, message, item, ruleId, source, args, null);
		}

		public Refusal {
			args = ReasonArguments.ordered(args, argOrder);
			argOrder = ReasonArguments.names(args);
		}
	}

	public boolean accepted() {
		return refusals.isEmpty();
	}

}
