package org.twinport.matchmaking.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.twinport.matchmaking.QuoteDraft;

/**
 * One supplier's quote as its {@link Rfq} holds it.
 *
 * @param id null until the quote is stored
 * @param supplierMerchantId the supplier's catalog merchant, null for a company that does
 * not sell in the catalog
 * @param revision 0 as first sent, 1 once revised
 */
record RfqQuote(@Nullable Long id, long supplierCompanyId, @Nullable Long supplierMerchantId, QuoteDraft terms,
		int revision, Status status) {

	enum Status {

		SUBMITTED, ACCEPTED, NOT_SELECTED

	}

	static RfqQuote submitted(long supplierCompanyId, Long supplierMerchantId, QuoteDraft terms) {
		return new RfqQuote(null, supplierCompanyId, supplierMerchantId, terms, 0, Status.SUBMITTED);
	}

	boolean revisable() {
		return revision == 0 && status == Status.SUBMITTED;
	}

	boolean expiredOn(LocalDate today) {
		return terms.validUntil().isBefore(today);
	}

	RfqQuote revised(QuoteDraft newTerms) {
		return new RfqQuote(id, supplierCompanyId, supplierMerchantId, newTerms, revision + 1, status);
	}

	RfqQuote with(Status newStatus) {
		return new RfqQuote(id, supplierCompanyId, supplierMerchantId, terms, revision, newStatus);
	}

}
