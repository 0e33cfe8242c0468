package org.twinport.network;

/** Head counts for the home page. */
public record NetworkSummary(String homeName, long partnerships, long countries, long continents, boolean demo) {
}
