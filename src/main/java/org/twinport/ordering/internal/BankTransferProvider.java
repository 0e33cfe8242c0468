package org.twinport.ordering.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.twinport.ordering.spi.PaymentProvider;
import org.twinport.shared.Money;

/**
 * The buyer transfers the total with the reference given; the merchant confirms when the
 * money has arrived.
 */
@Component
class BankTransferProvider implements PaymentProvider {

	@Override
	public String id() {
		return "bank-transfer";
	}

	@Override
	public Charge charge(String reference, Money amount, Map<String, String> details) {
		return new Charge(Outcome.PENDING, reference,
				"Transfer " + amount + " to the merchant's account quoting reference " + reference + ".");
	}

	@Override
	public boolean refund(String externalReference, Money amount) {
		// The merchant pays the refund back by transfer itself; recording it is all that
		// is needed here.
		return true;
	}

	@Override
	public boolean confirmedManually() {
		return true;
	}

}
