package org.twinport.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.PageResult;

/**
 * Products, variants, prices and stock. Every method takes the caller's merchant scope: a
 * merchant id limits the call to that merchant's products (another merchant's product is
 * reported as not found), {@code null} is ADMIN's view of everything. Changes publish
 * {@link ProductChanged}.
 */
public interface ProductManagement {

	/**
	 * @param merchantId the merchant the product belongs to
	 */
	ProductView create(long merchantId, ProductDraft draft);

	ProductView replace(@Nullable Long scope, long productId, ProductDraft draft);

	/**
	 * Creates the merchant's product, or replaces the one with the same SKU: what an
	 * idempotent import needs.
	 */
	ProductView save(long merchantId, ProductDraft draft);

	ProductView product(@Nullable Long scope, long productId);

	PageResult<ProductView> products(@Nullable Long scope, int page, int size);

	/** Archives the product: it stays for past orders but is no longer offered. */
	void archive(@Nullable Long scope, long productId);

	List<StockLevel> stock(@Nullable Long scope, long productId);

	/** Sets the quantity on hand; refused when it would fall below what is reserved. */
	StockLevel setOnHand(@Nullable Long scope, long variantId, String warehouseCode, int onHand);

	/** Reserves units if that many are available, atomically; refused otherwise. */
	StockLevel reserve(@Nullable Long scope, long variantId, String warehouseCode, int quantity);

	/** The components of a bundle variant; empty for a variant sold on its own. */
	List<BundleComponent> components(@Nullable Long scope, long variantId);

	/**
	 * The components of each of the product's bundle variants, in one read (variants sold
	 * on their own are absent); empty for a product outside the scope.
	 */
	Map<Long, List<BundleComponent>> bundles(@Nullable Long scope, long productId);

	/**
	 * Makes the variant a bundle of these components (variant id and units per bundle),
	 * replacing any it had; an empty list makes it a plain variant again. Components are
	 * the same merchant's plain variants, given by id or, with id 0, by SKU; a bundle
	 * cannot be a component.
	 */
	List<BundleComponent> setComponents(@Nullable Long scope, long variantId, List<BundleComponent> components);

}
