package org.twinport.ordering;

import java.util.List;

import org.twinport.identity.TwinportUser;

/**
 * Business-to-business orders, made when a buyer accepts a supplier's quote in
 * matchmaking. Such an order carries the quote's incoterm and collects no consumer tax
 * (VAT, GST, consumption tax) at checkout: only the goods are due. It is visible to both
 * companies (the supplier's MERCHANT accounts, the buyer's MERCHANT accounts or its
 * owning BUYER account) and to ADMIN; to anyone else it is not found. The order itself is
 * an ordinary order too: paid, shipped and delivered through {@link Orders} and
 * {@link Payments}.
 */
public interface B2bOrders {

	List<B2bOrderView> b2bOrders(TwinportUser viewer, int limit);

	/**
	 * @throws org.twinport.shared.NotFoundException when not visible to the viewer
	 */
	B2bOrderView b2bOrder(TwinportUser viewer, long orderId);

}
