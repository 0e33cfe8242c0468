package org.twinport.network;

import org.jspecify.annotations.Nullable;

/** Head counts for the home page; {@code homeName} is null before a home city is set. */
public record NetworkSummary(@Nullable String homeName, long partnerships, long countries, long continents,
		boolean demo) {
}
