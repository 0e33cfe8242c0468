/**
 * What happens in the network: exchanges (conferences, delegation visits, letters,
 * donations, cultural events, trade fairs, project milestones), donations with their
 * items, cooperation projects with per-partner sub-projects, the partners' timelines and
 * the calendar. Depends on the network for places, organizations and contacts, and tells
 * it about partner activity with {@link org.twinport.network.PartnerActivityChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchanges",
		allowedDependencies = { "shared", "platform", "identity", "network" })
package org.twinport.exchange;
