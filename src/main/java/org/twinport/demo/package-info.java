/**
 * Fills an empty installation with the demo dataset (Jinan's network, sample merchants,
 * one account per role), unless {@code TWINPORT_DEMO=false}. Nothing depends on this
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "platform", "identity", "network", "catalog", "exchange", "matchmaking",
				"pricing", "ordering", "insight" })
@org.jspecify.annotations.NullMarked
package org.twinport.demo;
