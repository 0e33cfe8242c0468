package org.twinport.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.twinport.identity.TwinportUser;

/**
 * Shipping with a carrier's tracking number, and what happened to an order so far, for
 * those who may see the order (as {@link Orders#order}).
 */
public interface OrderTracking {

	/**
	 * Marks the order SHIPPED (as {@link Orders#transition}) and records the tracking
	 * number in the same transaction.
	 * @throws org.twinport.shared.InvalidInputException naming {@code trackingNumber}
	 * when it is missing or malformed
	 */
	OrderView ship(TwinportUser actor, long orderId, String trackingNumber);

	Optional<String> trackingNumber(TwinportUser viewer, long orderId);

	/** The order's states as its events were delivered, oldest first. */
	List<Step> history(TwinportUser viewer, long orderId);

	record Step(String status, Instant at) {
	}

}
