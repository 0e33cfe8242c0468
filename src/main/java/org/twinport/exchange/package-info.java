/**
 * What happens in the network: exchanges (conferences, delegation visits, letters,
 * donations, cultural events, trade fairs, project milestones) with their attached files,
 * donations with their items, cooperation projects with per-partner sub-projects, the
 * partners' timelines, the calendar, and the JSON import and export. Depends on the
 * network for places, organizations and contacts, and tells it about partner activity
 * with {@link org.twinport.network.PartnerActivityChanged}. Its refusals are codes
 * ({@code exchange.problem.*} and the shared {@code problem.*}), worded from
 * {@code messages/exchange*.properties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchanges",
		allowedDependencies = { "shared", "platform", "identity", "network" })
@org.jspecify.annotations.NullMarked
package org.twinport.exchange;
