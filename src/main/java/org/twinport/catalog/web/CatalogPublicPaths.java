package org.twinport.catalog.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.identity.PublicPaths;

@Component
class CatalogPublicPaths implements PublicPaths {

	@Override
	public List<String> readableByAnyone() {
		return List.of("/api/v1/catalog/categories", "/api/v1/catalog/fx/latest", "/api/v1/catalog/images/*",
				"/marketplace/products/*");
	}

}
