package org.twinport.network;

import java.io.InputStream;

/**
 * Loads and writes network documents (format {@code twinport-network/1}): places, organizations, contacts and
 * partnerships keyed by their codes, so importing the same document twice changes nothing. All or nothing: a bad
 * entry aborts the whole import.
 */
public interface NetworkImport {

	ImportResult importNetwork(InputStream document);

	/** The whole registry, archived records excepted, in the format {@link #importNetwork} reads. */
	byte[] exportNetwork();

	record ImportResult(int placesCreated, int placesUpdated, int partnershipsCreated, int partnershipsUpdated,
			int organizations, int contacts) {
	}

}
