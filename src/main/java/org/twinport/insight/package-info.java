/**
 * Trade insight: trade flows by period, partner, product (HS) and channel from two
 * sources kept apart — official statistics imported from files and marketplace orders —
 * with the aggregates, charts and CSV behind the dashboard. A read model, fed only by
 * {@link org.twinport.insight.OfficialStatistics} imports and by the ordering module's
 * {@link org.twinport.ordering.OrderPaid} and {@link org.twinport.ordering.OrderRefunded}
 * events, which its listeners turn into {@link org.twinport.insight.MarketplaceFlows}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trade insight",
		allowedDependencies = { "shared", "identity", "network", "catalog", "ordering" })
@org.jspecify.annotations.NullMarked
package org.twinport.insight;
