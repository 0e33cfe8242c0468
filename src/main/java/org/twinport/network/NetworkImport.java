package org.twinport.network;

import java.io.InputStream;

/**
 * Loads a network document (format {@code twinport-network/1}): places and partnerships keyed by their codes, so
 * importing the same document twice changes nothing. All or nothing: a bad entry aborts the whole import.
 */
public interface NetworkImport {

	ImportResult importNetwork(InputStream document);

	record ImportResult(int placesCreated, int placesUpdated, int partnershipsCreated, int partnershipsUpdated) {
	}

}
