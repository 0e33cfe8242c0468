package org.twinport.platform;

import java.util.List;

/**
 * Declared by a module for the API paths that take bulk files as their request body (a
 * CSV import, for example). Their bodies may be as large as
 * {@code twinport.api.max-import-bytes} instead of {@code twinport.api.max-body-bytes};
 * the module must stream such a body rather than hold it in memory.
 */
@FunctionalInterface
public interface BulkUploadPaths {

	/** Exact request paths, for example {@code /api/v1/catalog/imports}. */
	List<String> bulkUploads();

}
