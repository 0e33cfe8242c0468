/**
 * The trade-flow read model: {@code FlowStore} is the one writer of the flows and their
 * rollups; {@code StatisticsImportService} imports official statistics files,
 * {@code MarketplaceFlowService} records paid and refunded orders, and
 * {@code TradeInsightService} answers the dashboard's figures from rollups or raw flows.
 */
@org.jspecify.annotations.NullMarked
package org.twinport.insight.internal;
