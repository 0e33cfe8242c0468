/**
 * The partner network: places (cities, provinces, districts), the partnerships between
 * the home city and them, and the public directory. Other modules read it through
 * {@link org.twinport.network.NetworkDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner network")
package org.twinport.network;
