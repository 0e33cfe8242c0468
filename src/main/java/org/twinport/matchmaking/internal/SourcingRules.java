package org.twinport.matchmaking.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.RfqDraft;
import org.twinport.shared.CountryCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** Field checks for RFQs and quotes, each naming the field it refuses. */
final class SourcingRules {

	static final Set<String> INCOTERMS = Set.of("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR",
			"CIF");

	private SourcingRules() {
	}

	static RfqDraft checked(@Nullable RfqDraft d, LocalDate today) {
		if (d == null) {
			throw new InvalidInputException("body", Reason.of("problem.required"));
		}
		text(d.product(), "product", 300);
		String hs = ProfileRules.hs(d.hsCode(), "hsCode");
		positive(d.quantity(), "quantity");
		text(d.unit(), "unit", 20);
		String incoterm = incoterm(d.incoterm(), "incoterm");
		CountryCode destination = CountryCode.of("destination", d.destination());
		if (d.deadline() == null || d.deadline().isBefore(today)) {
			throw new InvalidInputException("deadline", Reason.of("matchmaking.problem.notPast"));
		}
		if (d.category() != null && d.category().length() > 80) {
			throw new InvalidInputException("category", Reason.of("matchmaking.problem.atMostChars", "80"));
		}
		return new RfqDraft(d.product().strip(), hs, d.category(), d.quantity(), d.unit().strip(), d.targetUnitPrice(),
				incoterm, destination.value(), d.deadline());
	}

	static QuoteDraft checked(QuoteDraft d, LocalDate today) {
		if (d == null) {
			throw new InvalidInputException("body", Reason.of("problem.required"));
		}
		if (d.unitPrice() == null) {
			throw new InvalidInputException("unitPrice", Reason.of("problem.required"));
		}
		if (d.unitPrice().amount().signum() <= 0) {
			throw new InvalidInputException("unitPrice.amount", Reason.of("matchmaking.problem.positive"));
		}
		positive(d.moq(), "moq");
		if (d.leadTimeDays() == null || d.leadTimeDays() < 0 || d.leadTimeDays() > 730) {
			throw new InvalidInputException("leadTimeDays", Reason.of("matchmaking.problem.leadTime"));
		}
		if (d.validUntil() == null || d.validUntil().isBefore(today)) {
			throw new InvalidInputException("validUntil", Reason.of("matchmaking.problem.notPast"));
		}
		return new QuoteDraft(d.unitPrice(), d.moq(), d.leadTimeDays(), incoterm(d.incoterm(), "incoterm"),
				d.validUntil());
	}

	private static String incoterm(@Nullable String value, String field) {
		String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (!INCOTERMS.contains(v)) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.incoterm"));
		}
		return v;
	}

	private static void text(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.requiredUpTo", String.valueOf(max)));
		}
	}

	private static void positive(BigDecimal value, String field) {
		if (value == null || value.signum() <= 0 || value.compareTo(new BigDecimal("1000000000000")) > 0) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.requiredPositive"));
		}
		if (value.stripTrailingZeros().scale() > 3) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.threeDecimals"));
		}
	}

}
