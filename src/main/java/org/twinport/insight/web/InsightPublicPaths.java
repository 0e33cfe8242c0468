package org.twinport.insight.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.identity.PublicPaths;

/**
 * The dashboard and the figures are public; marketplace figures and imports are checked
 * per request and endpoint.
 */
@Component
class InsightPublicPaths implements PublicPaths {

	@Override
	public List<String> readableByAnyone() {
		return List.of("/insight", "/insight/partners/**", "/insight/figures/**", "/api/v1/insight/context",
				"/api/v1/insight/totals", "/api/v1/insight/growth", "/api/v1/insight/partners",
				"/api/v1/insight/chapters", "/api/v1/insight/channels", "/api/v1/insight/sister-cities",
				"/api/v1/insight/csv/**");
	}

}
