package org.twinport.catalog;

import java.util.List;

/**
 * A batch of products was created or replaced by a bulk import, in one transaction; read
 * them again through {@link ProductDocuments#documents}. Stands for one
 * {@link ProductChanged} per product, so that followers can work in bulk.
 */
public record ProductsImported(List<Long> productIds) {
}
