/**
 * Landed cost: effective-dated tariff and tax rules per destination market, restricted
 * goods per market, and quotes that itemize goods, shipping, duty, import VAT/GST and fees
 * with the rule behind each line and where it is collected. Provides the catalog's
 * {@link org.twinport.catalog.TariffClassification} and
 * {@link org.twinport.catalog.spi.SaleRestrictions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pricing and landed cost",
		allowedDependencies = { "shared", "platform", "identity", "catalog", "catalog :: spi" })
@org.jspecify.annotations.NullMarked
package org.twinport.pricing;
