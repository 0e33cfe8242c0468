package org.twinport.matchmaking.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.twinport.matchmaking.QuoteAccepted;
import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.RfqStatus;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;
import org.twinport.shared.Reason;

/**
 * A sourcing request with its quotes, and the one place its rules live: quotes arrive and
 * are revised only while it is open, each supplier quotes once and revises once, and
 * awarding accepts one unexpired quote and turns down the rest. Each transition checks the
 * state, changes it, and returns (and keeps, for {@link RfqStore} and the publisher) the
 * event it caused.
 */
final class Rfq {

	/** What the buyer asked for, as an award carries it to the order. */
	record Wanted(String product, String hsCode, BigDecimal quantity, String unit, String destination) {
	}

	private final long id;

	private final long buyerCompanyId;

	private final Long buyerMerchantId;

	private final Wanted wanted;

	private RfqStatus status;

	private @Nullable Long awardedQuoteId;

	private final List<RfqQuote> quotes;

	private final List<Object> events = new ArrayList<>();

	Rfq(long id, long buyerCompanyId, @Nullable Long buyerMerchantId, Wanted wanted, RfqStatus status,
			@Nullable Long awardedQuoteId,
			List<RfqQuote> quotes) {
		this.id = id;
		this.buyerCompanyId = buyerCompanyId;
		this.buyerMerchantId = buyerMerchantId;
		this.wanted = wanted;
		this.status = status;
		this.awardedQuoteId = awardedQuoteId;
		this.quotes = new ArrayList<>(quotes);
	}

	RfqEvent.Closed close() {
		if (status != RfqStatus.OPEN) {
			throw new StateConflictException(Reason.of("matchmaking.problem.closeOpenOnly"));
		}
		status = RfqStatus.CLOSED;
		return recorded(new RfqEvent.Closed(id));
	}

	RfqEvent.QuoteSubmitted submitQuote(long supplierCompanyId, Long supplierMerchantId, QuoteDraft terms) {
		if (supplierCompanyId == buyerCompanyId) {
			throw new InvalidInputException("rfqId", Reason.of("matchmaking.problem.ownRfq"));
		}
		requireOpen();
		if (quotes.stream().anyMatch(q -> q.supplierCompanyId() == supplierCompanyId)) {
			throw new StateConflictException(Reason.of("matchmaking.problem.quotedAlready"));
		}
		RfqQuote quote = RfqQuote.submitted(supplierCompanyId, supplierMerchantId, terms);
		quotes.add(quote);
		return recorded(new RfqEvent.QuoteSubmitted(id, quote));
	}

	RfqEvent.QuoteRevised reviseQuote(long quoteId, QuoteDraft terms) {
		RfqQuote quote = quote(quoteId);
		requireOpen();
		if (!quote.revisable()) {
			throw new StateConflictException(Reason.of("matchmaking.problem.revisedOnce"));
		}
		RfqQuote revised = quote.revised(terms);
		quotes.set(quotes.indexOf(quote), revised);
		return recorded(new RfqEvent.QuoteRevised(id, revised));
	}

	QuoteAccepted award(long quoteId, long acceptedByAccountId, LocalDate today) {
		RfqQuote chosen = quote(quoteId);
		requireOpen();
		if (chosen.expiredOn(today)) {
			throw new StateConflictException(Reason.of("matchmaking.problem.quoteExpired"));
		}
		status = RfqStatus.AWARDED;
		awardedQuoteId = quoteId;
		quotes.replaceAll(q -> q.with(Objects.equals(q.id(), chosen.id()) ? RfqQuote.Status.ACCEPTED
				: RfqQuote.Status.NOT_SELECTED));
		QuoteDraft terms = chosen.terms();
		return recorded(new QuoteAccepted(quoteId, id, buyerCompanyId, buyerMerchantId, chosen.supplierCompanyId(),
				chosen.supplierMerchantId(), wanted.product(), wanted.hsCode(), wanted.quantity(), wanted.unit(),
				terms.unitPrice(), terms.incoterm(), wanted.destination(), acceptedByAccountId,
				terms.leadTimeDays()));
	}

	long id() {
		return id;
	}

	long buyerCompanyId() {
		return buyerCompanyId;
	}

	RfqStatus status() {
		return status;
	}

	Optional<Long> awardedQuoteId() {
		return Optional.ofNullable(awardedQuoteId);
	}

	List<RfqQuote> quotes() {
		return List.copyOf(quotes);
	}

	/** The events of every transition since it was loaded, oldest first. */
	List<Object> events() {
		return List.copyOf(events);
	}

	private RfqQuote quote(long quoteId) {
		return quotes.stream()
			.filter(q -> q.id() != null && q.id() == quoteId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noQuote")));
	}

	private void requireOpen() {
		if (status != RfqStatus.OPEN) {
			throw new StateConflictException(Reason.of("matchmaking.problem.rfqIs." + status.name()));
		}
	}

	private <E> E recorded(E event) {
		events.add(event);
		return event;
	}

}
