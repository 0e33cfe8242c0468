package org.twinport.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Bulk import and export of products as CSV in Shopify's product columns (Handle, Title,
 * Body (HTML), Vendor, Variant SKU, Variant Price, Variant Grams, Option1 Name/Value,
 * Status, …) plus Twinport's: HS Code, Origin Country, Markets, Category, and "Title
 * (xx)" / "Body (xx)" per language, and Merchant (a merchant's code, for ADMIN's imports
 * across merchants). Re-importing updates by merchant and SKU.
 */
public interface ProductImport {

	/** Starts an import of a small CSV held in memory, in the background. */
	default ImportJob start(long merchantId, @Nullable String csv) {
		try {
			return start(merchantId, new ByteArrayInputStream(
					(csv == null ? "" : csv).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stores the CSV as it streams in (under {@code TWINPORT_HOME/imports}), checks its
	 * header and starts the import in the background; any size the caller allows is
	 * parsed and written in constant memory.
	 * @param merchantId the merchant every row belongs to; null (ADMIN only) when the
	 * file names each product's merchant by code in a {@code Merchant} column
	 * @throws IOException when reading the upload fails (including
	 * {@link org.twinport.shared.RequestBodyTooLargeException})
	 */
	default ImportJob start(@Nullable Long merchantId, InputStream csv) throws IOException {
		return start(merchantId, csv, Locale.ENGLISH);
	}

	/**
	 * As {@link #start(Long, InputStream)}, the report of rejected lines worded in the
	 * language of the one who starts it (it is stored as text, to be downloaded).
	 */
	ImportJob start(@Nullable Long merchantId, InputStream csv, Locale reportLanguage) throws IOException;

	/**
	 * @param scope the caller's merchant, or null for ADMIN; another merchant's job is
	 * not found
	 */
	ImportJob job(@Nullable Long scope, String id);

	/**
	 * The latest imports, newest first: a merchant's own ({@code scope}), or everyone's
	 * for ADMIN ({@code null}).
	 */
	java.util.List<ImportJob> recent(@Nullable Long scope, int limit);

	/** The rejected lines as CSV: line, handle, reason. */
	String errors(@Nullable Long scope, String id);

	/** The merchant's products in the import format; no cell starts with =, +, - or @. */
	String export(long merchantId);

}
