package org.twinport.matchmaking.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.twinport.matchmaking.QuoteAccepted;
import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.RfqStatus;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of an RFQ with its quotes, allowed and refused, without Spring or a database. */
class RfqTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static final long BUYER = 10;

	private static final long SUPPLIER = 20;

	private static final long OTHER_SUPPLIER = 30;

	private static final Rfq.Wanted GREEN_TEA = new Rfq.Wanted("Green tea", "090210", new BigDecimal("500"), "kg",
			"JP");

	private static QuoteDraft terms(String amount, LocalDate validUntil) {
		return new QuoteDraft(Money.of(amount, "EUR"), new BigDecimal("100"), 21, "CIF", validUntil);
	}

	private static RfqQuote stored(long id, long supplier, int revision, LocalDate validUntil) {
		return new RfqQuote(id, supplier, supplier + 1000, terms("17.00", validUntil), revision,
				RfqQuote.Status.SUBMITTED);
	}

	private static Rfq rfq(RfqStatus status, RfqQuote... quotes) {
		return new Rfq(1, BUYER, 7L, GREEN_TEA, status, null, List.of(quotes));
	}

	@Test
	void anOpenRfqCloses() {
		Rfq rfq = rfq(RfqStatus.OPEN);
		assertThat(rfq.close()).isEqualTo(new RfqEvent.Closed(1));
		assertThat(rfq.status()).isEqualTo(RfqStatus.CLOSED);
		assertThat(rfq.events()).containsExactly(new RfqEvent.Closed(1));
	}

	@Test
	void aClosedOrAwardedRfqDoesNotCloseAgain() {
		for (RfqStatus status : List.of(RfqStatus.CLOSED, RfqStatus.AWARDED)) {
			Rfq rfq = rfq(status);
			assertThatThrownBy(rfq::close).isInstanceOf(StateConflictException.class)
				.hasMessage("matchmaking.problem.closeOpenOnly");
			assertThat(rfq.status()).isEqualTo(status);
			assertThat(rfq.events()).isEmpty();
		}
	}

	@Test
	void aSupplierQuotesOnAnOpenRfq() {
		Rfq rfq = rfq(RfqStatus.OPEN, stored(100, OTHER_SUPPLIER, 0, TODAY));
		RfqEvent.QuoteSubmitted submitted = rfq.submitQuote(SUPPLIER, 1020L, terms("16.00", TODAY));
		assertThat(submitted.rfqId()).isEqualTo(1);
		assertThat(submitted.quote()).isEqualTo(new RfqQuote(null, SUPPLIER, 1020L, terms("16.00", TODAY), 0,
				RfqQuote.Status.SUBMITTED));
		assertThat(rfq.quotes()).hasSize(2).contains(submitted.quote());
		assertThat(rfq.events()).containsExactly(submitted);
	}

	@Test
	void theBuyerDoesNotQuoteOnItsOwnRfq() {
		Rfq rfq = rfq(RfqStatus.OPEN);
		assertThatThrownBy(() -> rfq.submitQuote(BUYER, 7L, terms("16.00", TODAY)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("rfqId"));
		assertThat(rfq.quotes()).isEmpty();
		assertThat(rfq.events()).isEmpty();
	}

	@Test
	void aSupplierQuotesOnceThenRevises() {
		Rfq rfq = rfq(RfqStatus.OPEN, stored(100, SUPPLIER, 0, TODAY));
		assertThatThrownBy(() -> rfq.submitQuote(SUPPLIER, 1020L, terms("16.00", TODAY)))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("matchmaking.problem.quotedAlready");
		assertThat(rfq.quotes()).hasSize(1);
		assertThat(rfq.events()).isEmpty();
	}

	@Test
	void noQuoteArrivesOnAClosedOrAwardedRfq() {
		assertThatThrownBy(() -> rfq(RfqStatus.CLOSED).submitQuote(SUPPLIER, null, terms("16.00", TODAY)))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("matchmaking.problem.rfqIs.CLOSED");
		assertThatThrownBy(() -> rfq(RfqStatus.AWARDED).submitQuote(SUPPLIER, null, terms("16.00", TODAY)))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("matchmaking.problem.rfqIs.AWARDED");
	}

	@Test
	void aQuoteIsRevisedOnce() {
		Rfq rfq = rfq(RfqStatus.OPEN, stored(100, SUPPLIER, 0, TODAY));
		RfqEvent.QuoteRevised revised = rfq.reviseQuote(100, terms("16.50", TODAY.plusDays(5)));
		assertThat(revised.quote()).isEqualTo(new RfqQuote(100L, SUPPLIER, 1020L, terms("16.50", TODAY.plusDays(5)),
				1, RfqQuote.Status.SUBMITTED));
		assertThat(rfq.quotes()).containsExactly(revised.quote());
		assertThatThrownBy(() -> rfq.reviseQuote(100, terms("16.00", TODAY)))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("matchmaking.problem.revisedOnce");
		assertThat(rfq.quotes()).containsExactly(revised.quote());
		assertThat(rfq.events()).containsExactly(revised);
	}

	@Test
	void aQuoteIsNotRevisedOnceTheRfqIsClosedOrWhenItIsNotThere() {
		Rfq closed = rfq(RfqStatus.CLOSED, stored(100, SUPPLIER, 0, TODAY));
		assertThatThrownBy(() -> closed.reviseQuote(100, terms("16.00", TODAY)))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("matchmaking.problem.rfqIs.CLOSED");
		assertThatThrownBy(() -> rfq(RfqStatus.OPEN).reviseQuote(999, terms("16.00", TODAY)))
			.isInstanceOf(NotFoundException.class);
		assertThat(closed.events()).isEmpty();
	}

	@Test
	void awardingAcceptsOneQuoteTurnsDownTheRestAndSaysWhatTheOrderNeeds() {
		Rfq rfq = rfq(RfqStatus.OPEN, stored(100, SUPPLIER, 1, TODAY), stored(101, OTHER_SUPPLIER, 0, TODAY));
		QuoteAccepted accepted = rfq.award(100, 555, TODAY);
		assertThat(accepted).isEqualTo(new QuoteAccepted(100, 1, BUYER, 7L, SUPPLIER, 1020L, "Green tea", "090210",
				new BigDecimal("500"), "kg", Money.of("17.00", "EUR"), "CIF", "JP", 555, 21));
		assertThat(rfq.status()).isEqualTo(RfqStatus.AWARDED);
		assertThat(rfq.awardedQuoteId()).contains(100L);
		assertThat(rfq.quotes()).extracting(RfqQuote::status)
			.containsExactly(RfqQuote.Status.ACCEPTED, RfqQuote.Status.NOT_SELECTED);
		assertThat(rfq.events()).containsExactly(accepted);
	}

	@Test
	void anRfqIsAwardedOnceOnly() {
		Rfq rfq = rfq(RfqStatus.OPEN, stored(100, SUPPLIER, 0, TODAY), stored(101, OTHER_SUPPLIER, 0, TODAY));
		QuoteAccepted first = rfq.award(100, 555, TODAY);
		assertThatThrownBy(() -> rfq.award(101, 555, TODAY)).isInstanceOf(StateConflictException.class)
			.hasMessage("matchmaking.problem.rfqIs.AWARDED");
		assertThatThrownBy(() -> rfq.award(100, 555, TODAY)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> rfq.reviseQuote(101, terms("15.00", TODAY))).isInstanceOf(StateConflictException.class);
		assertThat(rfq.awardedQuoteId()).contains(100L);
		assertThat(rfq.events()).containsExactly(first);
	}

	@Test
	void anExpiredQuoteOrAClosedRfqIsNotAwarded() {
		Rfq rfq = rfq(RfqStatus.OPEN, stored(100, SUPPLIER, 0, TODAY.minusDays(1)));
		assertThatThrownBy(() -> rfq.award(100, 555, TODAY)).isInstanceOf(StateConflictException.class)
			.hasMessage("matchmaking.problem.quoteExpired");
		assertThat(rfq.status()).isEqualTo(RfqStatus.OPEN);
		assertThat(rfq.quotes()).extracting(RfqQuote::status).containsExactly(RfqQuote.Status.SUBMITTED);
		assertThat(rfq.award(100, 555, TODAY.minusDays(1)).quoteId()).as("valid through its last day").isEqualTo(100);

		Rfq closed = rfq(RfqStatus.CLOSED, stored(100, SUPPLIER, 0, TODAY));
		assertThatThrownBy(() -> closed.award(100, 555, TODAY)).isInstanceOf(StateConflictException.class)
			.hasMessage("matchmaking.problem.rfqIs.CLOSED");
		assertThatThrownBy(() -> rfq(RfqStatus.OPEN).award(999, 555, TODAY)).isInstanceOf(NotFoundException.class);
		assertThat(closed.events()).isEmpty();
	}

}
