package org.twinport.search.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.identity.PublicPaths;

@Component
class SearchPublicPaths implements PublicPaths {

	@Override
	public List<String> readableByAnyone() {
		return List.of("/api/v1/catalog/search", "/api/v1/catalog/search/suggest", "/marketplace");
	}

}
