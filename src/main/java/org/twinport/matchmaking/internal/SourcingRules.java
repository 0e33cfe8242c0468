package org.twinport.matchmaking.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.RfqDraft;
import org.twinport.shared.InvalidInputException;

/** Field checks for RFQs and quotes, each naming the field it refuses. */
final class SourcingRules {

	static final Set<String> INCOTERMS = Set.of("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR",
			"CIF");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private SourcingRules() {
	}

	static RfqDraft checked(RfqDraft d, LocalDate today) {
		if (d == null) {
			throw new InvalidInputException("body", "is required");
		}
		text(d.product(), "product", 300);
		String hs = ProfileRules.hs(d.hsCode(), "hsCode");
		positive(d.quantity(), "quantity");
		text(d.unit(), "unit", 20);
		String incoterm = incoterm(d.incoterm(), "incoterm");
		if (d.destination() == null || !COUNTRIES.contains(d.destination())) {
			throw new InvalidInputException("destination", "must be an ISO 3166-1 alpha-2 country code such as FI");
		}
		if (d.deadline() == null || d.deadline().isBefore(today)) {
			throw new InvalidInputException("deadline", "is required and may not be in the past");
		}
		if (d.category() != null && d.category().length() > 80) {
			throw new InvalidInputException("category", "must be at most 80 characters");
		}
		return new RfqDraft(d.product().strip(), hs, d.category(), d.quantity(), d.unit().strip(), d.targetUnitPrice(),
				incoterm, d.destination(), d.deadline());
	}

	static QuoteDraft checked(QuoteDraft d, LocalDate today) {
		if (d == null) {
			throw new InvalidInputException("body", "is required");
		}
		if (d.unitPrice() == null) {
			throw new InvalidInputException("unitPrice", "is required");
		}
		if (d.unitPrice().amount().signum() <= 0) {
			throw new InvalidInputException("unitPrice.amount", "must be more than zero");
		}
		positive(d.moq(), "moq");
		if (d.leadTimeDays() == null || d.leadTimeDays() < 0 || d.leadTimeDays() > 730) {
			throw new InvalidInputException("leadTimeDays", "is required, between 0 and 730");
		}
		if (d.validUntil() == null || d.validUntil().isBefore(today)) {
			throw new InvalidInputException("validUntil", "is required and may not be in the past");
		}
		return new QuoteDraft(d.unitPrice(), d.moq(), d.leadTimeDays(), incoterm(d.incoterm(), "incoterm"),
				d.validUntil());
	}

	private static String incoterm(String value, String field) {
		String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (!INCOTERMS.contains(v)) {
			throw new InvalidInputException(field,
					"must be an Incoterms 2020 rule: EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR or CIF");
		}
		return v;
	}

	private static void text(String value, String field, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new InvalidInputException(field, "is required (1–" + max + " characters)");
		}
	}

	private static void positive(BigDecimal value, String field) {
		if (value == null || value.signum() <= 0 || value.compareTo(new BigDecimal("1000000000000")) > 0) {
			throw new InvalidInputException(field, "is required and must be more than zero");
		}
		if (value.stripTrailingZeros().scale() > 3) {
			throw new InvalidInputException(field, "may have at most 3 decimals");
		}
	}

}
