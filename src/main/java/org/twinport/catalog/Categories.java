package org.twinport.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The category tree, with names per language; ADMIN defines it. */
public interface Categories {

	record Category(long id, String code, @Nullable String parentCode, Map<String, String> names) {
	}

	List<Category> all();

	/**
	 * Defines a category, or renames and re-parents the existing one with the same code.
	 * @param names per language; {@code en} is required
	 */
	Category define(String code, @Nullable String parentCode, Map<String, String> names);

}
