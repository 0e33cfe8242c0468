package org.twinport.network.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.identity.PublicPaths;

@Component
class NetworkPublicPaths implements PublicPaths {

	@Override
	public List<String> readableByAnyone() {
		return List.of("/network", "/network/**", "/api/v1/network/**");
	}

}
