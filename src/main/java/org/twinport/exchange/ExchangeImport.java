package org.twinport.exchange;

import java.io.InputStream;

/**
 * Loads a document of format {@code twinport-exchanges/1}: exchanges, donations and
 * projects keyed by their codes, so importing it twice changes nothing. All or nothing.
 */
public interface ExchangeImport {

	Result importExchanges(InputStream document);

	record Result(int exchanges, int donations, int projects) {
	}

}
