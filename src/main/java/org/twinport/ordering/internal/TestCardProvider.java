package org.twinport.ordering.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.twinport.ordering.spi.PaymentProvider;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;

/**
 * Cards for the demo and tests; no money moves. 4242 4242 4242 4242 succeeds, 4000 0000
 * 0000 0002 is declined, 4000 0000 0000 0069 times out (the order stays placed until paid
 * or cancelled). Any other well-formed number succeeds.
 */
@Component
class TestCardProvider implements PaymentProvider {

	static final String DECLINED = "4000000000000002";

	static final String TIMES_OUT = "4000000000000069";

	@Override
	public String id() {
		return "test-card";
	}

	@Override
	public Charge charge(String reference, Money amount, Map<String, String> details) {
		String number = details.getOrDefault("cardNumber", "").replace(" ", "");
		if (!number.matches("^[0-9]{12,19}$")) {
			throw new InvalidInputException("details.cardNumber",
					Reason.of("ordering.problem.cardNumber"));
		}
		Outcome outcome = switch (number) {
			case DECLINED -> Outcome.DECLINED;
			case TIMES_OUT -> Outcome.TIMED_OUT;
			default -> Outcome.CAPTURED;
		};
		return new Charge(outcome, "card-" + reference, "");
	}

	@Override
	public boolean refund(String externalReference, Money amount) {
		return true;
	}

}
