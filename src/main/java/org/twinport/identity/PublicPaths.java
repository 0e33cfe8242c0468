package org.twinport.identity;

import java.util.List;

/**
 * Declared by a module for the paths anonymous visitors may read with GET (pages and API
 * alike). Everything else that exists needs a signed-in user (an address of no page
 * answers 404 to anyone); roles are checked on each endpoint.
 */
@FunctionalInterface
public interface PublicPaths {

	/** Ant-style path patterns, for example {@code /api/v1/network/**}. */
	List<String> readableByAnyone();

}
