package org.twinport.pricing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.twinport.identity.TwinportUser;
import org.twinport.shared.Money;

/** Landed-cost quotes and the rule sets behind them. */
public interface LandedCost {

	/**
	 * Quotes with the rule set and the exchange rates in force on the quote's date, and
	 * keeps the quote so that an order can refer to it.
	 * @throws org.twinport.shared.InvalidInputException for an unknown market, HS
	 * chapter, country or currency
	 * @throws org.twinport.shared.StateConflictException when no rule set or no exchange
	 * rate set is in force on the quote's date
	 */
	Quote quote(QuoteRequest request, TwinportUser requester);

	/**
	 * A quote as {@link #quote(QuoteRequest, TwinportUser)} makes it, not kept yet: the
	 * caller keeps it with {@link #keep(List)} in its own transaction, together with
	 * others. For a request without {@code buyerAnnualTotal} whose total is read only when
	 * the rules in force for its destination count one (a yearly quota such as China's
	 * cross-border retail limit): {@code buyerAnnualTotal} is then called once, else not
	 * at all.
	 * @throws org.twinport.shared.InvalidInputException as {@link #quote} does
	 * @throws org.twinport.shared.StateConflictException as {@link #quote} does
	 */
	Unkept price(QuoteRequest request, @Nullable TwinportUser requester, Supplier<Money> buyerAnnualTotal);

	/**
	 * Keeps quotes made by {@link #price}, in one statement, in the caller's transaction
	 * (it must have one): they commit or roll back with what refers to them.
	 */
	void keep(List<Unkept> quotes);

	/**
	 * A quote not kept yet, already written as JSON with the request as it was priced, so
	 * that keeping it only sends bytes.
	 */
	final class Unkept {

		private final Quote quote;

		private final byte[] json;

		private final Object row;

		/**
		 * @param json the quote as the application's JSON mapper writes it, UTF-8
		 * @param row what pricing stores; only pricing reads it
		 */
		public Unkept(Quote quote, byte[] json, Object row) {
			this.quote = quote;
			this.json = json;
			this.row = row;
		}

		public Quote quote() {
			return quote;
		}

		/** The quote as the application's JSON mapper writes it, UTF-8: not to be changed. */
		public byte[] json() {
			return json;
		}

		public Object row() {
			return row;
		}

	}

	/**
	 * Quotes with the rule set in force and the latest exchange rates without keeping the
	 * quote: an estimate for something already agreed, such as a B2B order's import
	 * charges.
	 * @throws org.twinport.shared.InvalidInputException as {@link #quote} does
	 * @throws org.twinport.shared.StateConflictException as {@link #quote} does
	 */
	Quote estimate(QuoteRequest request);

	/** A stored quote, visible to the one who asked for it and to staff. */
	Optional<Quote> find(UUID id, TwinportUser viewer);

	/**
	 * Validates a rule set document and, if it is valid, puts it in force. Quotes already
	 * made keep their version.
	 * @throws org.twinport.shared.InvalidInputException naming what is wrong; nothing is
	 * stored then
	 */
	RuleSetInfo load(String document, String loadedBy);

	List<RuleSetInfo> ruleSets();

	Optional<String> document(String version);

	/**
	 * @param inForce whether quotes dated today use this set
	 * @param validFrom the date the set takes effect; null for a set without one (format
	 * 1), which applies from the beginning
	 */
	record RuleSetInfo(String version, boolean demo, String loadedBy, java.time.Instant loadedAt, boolean inForce,
			List<String> markets, java.time.@Nullable LocalDate validFrom) {
	}

}
