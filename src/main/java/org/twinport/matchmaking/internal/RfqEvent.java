package org.twinport.matchmaking.internal;

/**
 * What an {@link Rfq} transition did, besides awarding (which is the module's public
 * {@link org.twinport.matchmaking.QuoteAccepted}). {@link RfqStore} writes each one.
 */
sealed interface RfqEvent {

	record Closed(long rfqId) implements RfqEvent {
	}

	record QuoteSubmitted(long rfqId, RfqQuote quote) implements RfqEvent {
	}

	record QuoteRevised(long rfqId, RfqQuote quote) implements RfqEvent {
	}

}
