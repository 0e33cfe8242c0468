package org.twinport.network;

import java.io.InputStream;

/**
 * Loads and writes network documents (format {@code twinport-network/1}): places,
 * organizations, contacts and partnerships keyed by their codes, so importing the same
 * document twice changes nothing. All or nothing: a bad entry aborts the whole import.
 */
public interface NetworkImport {

	ImportResult importNetwork(InputStream document);

	/**
	 * The whole registry, archived records excepted, in the format {@link #importNetwork}
	 * reads.
	 */
	byte[] exportNetwork();

	/**
	 * Live partnerships as CSV with the header
	 * {@code home,partner,kind,status,established,fieldsOfCooperation,notes}.
	 */
	String exportPartnershipsCsv();

	/**
	 * Imports partnerships from CSV with the export's header, by the same rules as a
	 * network document.
	 * @throws org.twinport.shared.InvalidInputException naming the line (and column) of
	 * the first bad row
	 */
	ImportResult importPartnershipsCsv(String csv);

	record ImportResult(int placesCreated, int placesUpdated, int partnershipsCreated, int partnershipsUpdated,
			int organizations, int contacts) {
	}

}
