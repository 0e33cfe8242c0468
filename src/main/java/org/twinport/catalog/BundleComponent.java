package org.twinport.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One component of a bundle variant: that many units of another variant of the same
 * merchant go into each bundle sold.
 *
 * @param variantId 0 when the component is named by its SKU
 * @param sku null when a caller names the component by its id only
 */
public record BundleComponent(long variantId, @Nullable String sku, int quantity) {
}
