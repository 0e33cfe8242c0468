package org.twinport.ordering;

import java.util.List;
import java.util.Map;

import org.twinport.identity.TwinportUser;
import org.twinport.shared.Money;

/**
 * Paying orders through a {@link org.twinport.ordering.spi.PaymentProvider}. The amount
 * charged is always the order's total, never what a client sends; confirming a payment
 * twice changes nothing the second time.
 */
public interface Payments {

	/**
	 * The providers available, by id (for example {@code test-card},
	 * {@code bank-transfer}).
	 */
	List<String> providers();

	/**
	 * The buyer pays its order with a provider.
	 * @param details what the provider needs, for example {@code cardNumber}
	 */
	PaymentView pay(TwinportUser buyer, long orderId, String provider, Map<String, String> details);

	/**
	 * The merchant (or ADMIN) confirms a pending payment, for example a bank transfer
	 * that arrived. The amount received must be the order's total.
	 */
	PaymentView confirm(TwinportUser actor, long orderId, long paymentId, Money received);

	List<PaymentView> payments(TwinportUser viewer, long orderId);

}
