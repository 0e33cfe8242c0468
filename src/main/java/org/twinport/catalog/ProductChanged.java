package org.twinport.catalog;

/**
 * A product was created, changed, re-priced or archived; read it again through
 * {@link ProductDocuments}.
 */
public record ProductChanged(long productId) {
}
