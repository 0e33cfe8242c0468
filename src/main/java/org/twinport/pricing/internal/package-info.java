/**
 * The landed-cost engine and the services around it: {@code LandedCostEngine} quotes a
 * consignment from a compiled rule set without a database (tested by worked examples);
 * {@code LandedCostService} picks the rule set, tariff and exchange rates in force and
 * keeps quotes; {@code RestrictedGoodsService} screens goods against the restricted-goods
 * list in force; rule sets and lists are validated before they take effect.
 */
@org.jspecify.annotations.NullMarked
package org.twinport.pricing.internal;
