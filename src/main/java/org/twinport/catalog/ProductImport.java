package org.twinport.catalog;

/**
 * Bulk import and export of products as CSV in Shopify's product columns (Handle, Title,
 * Body (HTML), Vendor, Variant SKU, Variant Price, Variant Grams, Option1 Name/Value,
 * Status, …) plus Twinport's: HS Code, Origin Country, Markets, Category, and "Title
 * (xx)" / "Body (xx)" per language. Re-importing updates by merchant and SKU.
 */
public interface ProductImport {

	/** Starts an import in the background. */
	ImportJob start(long merchantId, String csv);

	/**
	 * @param scope the caller's merchant, or null for ADMIN; another merchant's job is
	 * not found
	 */
	ImportJob job(Long scope, String id);

	/**
	 * The latest imports, newest first: a merchant's own ({@code scope}), or everyone's
	 * for ADMIN ({@code null}).
	 */
	java.util.List<ImportJob> recent(Long scope, int limit);

	/** The rejected lines as CSV: line, handle, reason. */
	String errors(Long scope, String id);

	/** The merchant's products in the import format; no cell starts with =, +, - or @. */
	String export(long merchantId);

}
