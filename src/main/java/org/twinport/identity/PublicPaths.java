package org.twinport.identity;

import java.util.List;

/**
 * Declared by a module for the paths anonymous visitors may read with GET (pages and API
 * alike). Everything not declared needs a signed-in user; roles are checked on each
 * endpoint.
 */
@FunctionalInterface
public interface PublicPaths {

	/** Ant-style path patterns, for example {@code /api/v1/network/**}. */
	List<String> readableByAnyone();

}
