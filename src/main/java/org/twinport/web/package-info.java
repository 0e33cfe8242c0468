/**
 * The shell around every page: layout, home, sign-in page, language switch and error
 * rendering for pages and API. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		allowedDependencies = { "shared", "platform", "identity", "network" })
@org.jspecify.annotations.NullMarked
package org.twinport.web;
