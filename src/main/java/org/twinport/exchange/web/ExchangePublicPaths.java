package org.twinport.exchange.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.identity.PublicPaths;

@Component
class ExchangePublicPaths implements PublicPaths {

	@Override
	public List<String> readableByAnyone() {
		return List.of("/exchanges", "/exchanges/**", "/api/v1/exchanges", "/api/v1/exchanges/**", "/api/v1/donations",
				"/api/v1/donations/**", "/api/v1/projects", "/api/v1/projects/**", "/api/v1/partners/**");
	}

}
