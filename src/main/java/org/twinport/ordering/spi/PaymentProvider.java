package org.twinport.ordering.spi;

import java.util.Map;

import org.twinport.shared.Money;

/**
 * A way to pay. Implementations are Spring beans; ordering calls them inside its own
 * transaction, so a provider that talks to the outside world should answer PENDING
 * quickly and confirm later rather than block.
 */
public interface PaymentProvider {

	/** A stable id such as {@code test-card}. */
	String id();

	/**
	 * Asks for {@code amount}.
	 * @param reference unique per attempt; a provider should use it as its own
	 * idempotency key
	 * @throws org.twinport.shared.InvalidInputException when the details are malformed,
	 * naming the field
	 */
	Charge charge(String reference, Money amount, Map<String, String> details);

	/**
	 * Gives {@code amount} back for a captured payment; true when the provider accepted
	 * it.
	 */
	boolean refund(String externalReference, Money amount);

	/**
	 * Whether a person (the merchant or ADMIN) confirms this provider's payments, as with
	 * bank transfers.
	 */
	default boolean confirmedManually() {
		return false;
	}

	enum Outcome {

		CAPTURED, PENDING, DECLINED, TIMED_OUT

	}

	/**
	 * @param instructions shown to the buyer, for example where to transfer the money;
	 * may be empty
	 */
	record Charge(Outcome outcome, String externalReference, String instructions) {
	}

}
