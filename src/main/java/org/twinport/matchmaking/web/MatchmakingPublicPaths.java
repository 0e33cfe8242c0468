package org.twinport.matchmaking.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.identity.PublicPaths;

/**
 * Only the matchmaking landing page is public; profiles, RFQs, quotes and agendas need a
 * signed-in user.
 */
@Component
class MatchmakingPublicPaths implements PublicPaths {

	@Override
	public List<String> readableByAnyone() {
		return List.of("/matchmaking");
	}

}
