/**
 * B2B matchmaking: company profiles (every merchant of the catalog, plus buying companies
 * owned by a BUYER account), explainable suggestions of counterparts and suppliers,
 * sourcing requests (RFQs) with quotes, and one-to-one meetings at exchange events,
 * placed in slots by a CP-SAT scheduler. Reads the catalog (merchants), the network
 * (places and partnerships) and the exchanges; publishes
 * {@link org.twinport.matchmaking.QuoteAccepted} so the ordering module can turn an
 * awarded RFQ into a B2B order without depending on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "B2B matchmaking",
		allowedDependencies = { "shared", "identity", "platform", "catalog", "network", "exchange" })
@org.jspecify.annotations.NullMarked
package org.twinport.matchmaking;
