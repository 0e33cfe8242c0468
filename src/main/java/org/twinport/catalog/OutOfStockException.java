package org.twinport.catalog;

import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;

/** Not enough stock to reserve; answered with 409. */
public class OutOfStockException extends StateConflictException {

	private final long variantId;

	public OutOfStockException(long variantId, String sku, int wanted) {
		super(Reason.of("catalog.problem.outOfStock", sku, wanted));
		this.variantId = variantId;
	}

	public long variantId() {
		return variantId;
	}

}
