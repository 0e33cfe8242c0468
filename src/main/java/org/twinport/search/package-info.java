/**
 * Full-text product search for the marketplace: an embedded Apache Lucene index under
 * {@code TWINPORT_HOME/search}, fed by the catalog's events, behind
 * {@link org.twinport.search.ProductSearch} so that a cluster could swap in OpenSearch
 * (see docs/search.md). The catalog never depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "shared", "platform", "identity", "catalog" })
@org.jspecify.annotations.NullMarked
package org.twinport.search;
