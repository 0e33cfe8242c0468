package org.twinport.ordering.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.twinport.identity.PublicPaths;

/**
 * A visitor may look at the cart kept in its browser; everything else in ordering needs a
 * signed-in account.
 */
@Component
class OrderingPublicPaths implements PublicPaths {

	@Override
	public List<String> readableByAnyone() {
		return List.of("/cart");
	}

}
