package org.twinport.pricing.tariff;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.platform.BulkUploadPaths;

/** A schedule file is streamed into the database row batch by row batch; the UK CSV alone is 2.4 MB. */
@Component
class TariffBulkUploads implements BulkUploadPaths {

	@Override
	public List<String> bulkUploads() {
		return List.of("/api/v1/landed-cost/tariffs");
	}

}
