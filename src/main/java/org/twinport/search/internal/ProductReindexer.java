package org.twinport.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.twinport.catalog.ProductDocument;
import org.twinport.catalog.ProductDocuments;

/**
 * Writes changed products into the index as the catalog has them now.
 * <p>
 * The catalog's events are handled concurrently and in no set order, so two handlers may
 * reindex the same product at once: the one that read first could write last and leave
 * the product as it was before the later change (a product given stock stayed hidden).
 * A product's read and write therefore happen under its lock, so the last write is always
 * of the last read.
 */
@Component
class ProductReindexer {

	private static final Logger log = LoggerFactory.getLogger(ProductReindexer.class);

	private static final int STRIPES = 64;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	private final LuceneIndex index;

	private final DocumentMapper mapper;

	private final ProductDocuments documents;

	ProductReindexer(LuceneIndex index, DocumentMapper mapper, ProductDocuments documents) {
		this.index = index;
		this.mapper = mapper;
		this.documents = documents;
		for (int i = 0; i < STRIPES; i++) {
			stripes[i] = new ReentrantLock();
		}
	}

	void reindex(long productId) {
		reindex(List.of(productId));
	}

	/** The same for many products, read from the catalog in one go. */
	void reindex(List<Long> productIds) {
		Set<Integer> held = new TreeSet<>();
		productIds.forEach(id -> held.add(stripe(id)));
		held.forEach(stripe -> stripes[stripe].lock());
		try {
			write(productIds);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			held.forEach(stripe -> stripes[stripe].unlock());
		}
	}

	private void write(List<Long> productIds) throws IOException {
		Set<Long> missing = new HashSet<>(productIds);
		for (ProductDocument product : documents.documents(productIds)) {
			missing.remove(product.id());
			try {
				if (product.visible()) {
					index.upsert(product.id(), mapper.toDocument(product));
				}
				else {
					index.delete(product.id());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Product {} could not be indexed: {}", product.id(), ex.toString());
			}
		}
		for (long id : missing) {
			index.delete(id);
		}
	}

	private static int stripe(long productId) {
		return (int) Math.floorMod(productId, (long) STRIPES);
	}

}
