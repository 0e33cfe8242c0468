package org.twinport.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read access for indexes that follow the catalog (the search module). */
public interface ProductDocuments {

	Optional<ProductDocument> document(long productId);

	List<Long> productIdsOf(long merchantId);

	/** The products that exist among these ids, in one read. */
	List<ProductDocument> documents(Collection<Long> productIds);

	/** Streams every product, in batches from the database, for a full rebuild. */
	void forEach(Consumer<ProductDocument> consumer);

	/**
	 * The name of a category (by code) or a merchant's home city (by place code) in a
	 * language, with fallbacks.
	 */
	String label(String kind, String code, String lang);

}
