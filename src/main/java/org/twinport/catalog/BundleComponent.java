package org.twinport.catalog;

/**
 * One component of a bundle variant: that many units of another variant of the same
 * merchant go into each bundle sold.
 */
public record BundleComponent(long variantId, String sku, int quantity) {
}
