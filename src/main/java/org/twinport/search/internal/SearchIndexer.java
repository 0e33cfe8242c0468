package org.twinport.search.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.twinport.catalog.FxRatesImported;
import org.twinport.catalog.MerchantChanged;
import org.twinport.catalog.ProductChanged;
import org.twinport.catalog.ProductDocuments;
import org.twinport.catalog.ProductsImported;

/** Keeps the index in step with the catalog, from the catalog's events. */
@Component
class SearchIndexer {

	private final LuceneProductSearch search;

	private final ProductReindexer reindexer;

	private final LuceneIndex index;

	private final ProductDocuments documents;

	SearchIndexer(LuceneProductSearch search, ProductReindexer reindexer, LuceneIndex index,
			ProductDocuments documents) {
		this.search = search;
		this.reindexer = reindexer;
		this.index = index;
		this.documents = documents;
	}

	@ApplicationModuleListener
	void on(ProductChanged event) {
		reindexer.reindex(event.productId());
	}

	@ApplicationModuleListener
	void on(ProductsImported event) {
		reindexer.reindex(event.productIds());
	}

	@ApplicationModuleListener
	void on(MerchantChanged event) {
		documents.productIdsOf(event.merchantId()).forEach(reindexer::reindex);
	}

	/**
	 * Prices are indexed in euros for sorting and ranges, so new rates mean a rebuild.
	 */
	@ApplicationModuleListener
	void on(FxRatesImported event) {
		search.rebuild();
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildWhenEmpty() throws java.io.IOException {
		if (index.isNew() || index.lacks(Fields.HIT) || index.unsorted()) {
			search.rebuild();
		}
	}

}
