/**
 * The partner network: places (cities, provinces, districts), the partnerships between
 * the home city and them, and the public directory. Other modules read it through
 * {@link org.twinport.network.NetworkDirectory}; it keeps each partnership's activity
 * dates from {@link org.twinport.network.PartnerActivityChanged}, which the exchanges
 * publish.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner network",
		allowedDependencies = { "shared", "platform", "identity" })
@org.jspecify.annotations.NullMarked
package org.twinport.network;
