package org.twinport.ordering.web;

import java.io.Serializable;

/**
 * What the header shows of a cart: the units in it and their subtotal ("96.00 EUR"; null
 * when there is none to show). Kept in a buyer's session between changes.
 */
public record CartBadge(int count, String subtotal) implements Serializable {
}
