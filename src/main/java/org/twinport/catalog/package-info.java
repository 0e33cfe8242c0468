/**
 * The marketplace's sellers and what they list: merchants (companies of the home city and
 * of partner places) with their verification, products with their variants, bundles,
 * images, stock and HS classification, categories, FX reference rates, and CSV imports of
 * products. Publishes {@link org.twinport.catalog.ProductChanged} and its siblings for
 * the search index, and declares in {@link org.twinport.catalog.spi} and
 * {@link org.twinport.catalog.TariffClassification} what pricing provides back to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "shared", "platform", "identity", "network" })
@org.jspecify.annotations.NullMarked
package org.twinport.catalog;
