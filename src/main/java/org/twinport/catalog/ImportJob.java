package org.twinport.catalog;

/**
 * A bulk import's progress. Rows are grouped into products by Handle; a product with a
 * bad row is skipped and its lines reported, the others are kept.
 *
 * @param state RUNNING, DONE or FAILED
 */
public record ImportJob(String id, long merchantId, String state, int totalRows, int processedRows, int productsSaved,
		int rowsRejected, String message) {
}
