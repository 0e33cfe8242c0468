/**
 * Trade insight: trade flows by period, partner, product (HS) and channel from two
 * sources kept apart — official statistics imported from files and marketplace orders —
 * with the aggregates, charts and CSV behind the dashboard. A read model: fed only by
 * imports and by {@link org.twinport.insight.MarketplaceFlows}, which the ordering
 * module's events will call.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trade insight")
package org.twinport.insight;
