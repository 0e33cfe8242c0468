package org.twinport.ordering;

/** Where an order is in its life. */
public enum OrderStatus {

	PLACED, PAID, READY_FOR_CUSTOMS, SHIPPED, DELIVERED, CANCELLED, REFUNDED

}
