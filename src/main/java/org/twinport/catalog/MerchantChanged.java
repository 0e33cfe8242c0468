package org.twinport.catalog;

/**
 * A merchant's verification or profile changed, which may show or hide all of its
 * products.
 */
public record MerchantChanged(long merchantId) {
}
