/**
 * Landed cost: effective-dated tariff and tax rules per destination market, and quotes
 * that itemize goods, shipping, duty, import VAT/GST and fees with the rule behind each
 * line and where it is collected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pricing and landed cost")
package org.twinport.pricing;
