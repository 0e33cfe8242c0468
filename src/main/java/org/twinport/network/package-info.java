/**
 * The partner network: places (cities, provinces, districts), the partnerships between
 * the home city and them with their documents, the registry of organizations and
 * contacts, the public directory, the office's figures, and the network's JSON and CSV
 * import and export. Other modules read it through
 * {@link org.twinport.network.NetworkDirectory} and {@link org.twinport.network.NetworkLookup};
 * it keeps each partnership's activity dates from
 * {@link org.twinport.network.PartnerActivityChanged}, which the exchanges publish.
 * Its refusals are codes ({@code network.problem.*} and the shared {@code problem.*}),
 * worded from {@code messages/network*.properties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner network",
		allowedDependencies = { "shared", "platform", "identity" })
@org.jspecify.annotations.NullMarked
package org.twinport.network;
