package org.twinport.catalog.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.platform.BulkUploadPaths;

/**
 * The CSV import streams its body to disk, so it may take files far over the API limit.
 */
@Component
class CatalogBulkUploads implements BulkUploadPaths {

	@Override
	public List<String> bulkUploads() {
		return List.of("/api/v1/catalog/imports");
	}

}
