package org.twinport.catalog.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.CountryCode;

/** Country codes as clients write them (any case, spaces around), checked as {@link CountryCode}. */
final class Countries {

	private Countries() {
	}

	static String checked(@Nullable String code, String field) {
		return CountryCode.of(field, code == null ? "" : code.trim().toUpperCase(Locale.ROOT)).value();
	}

}
