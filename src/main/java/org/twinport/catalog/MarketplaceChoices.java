package org.twinport.catalog;

import java.util.List;

/**
 * What a buyer chooses between in the marketplace's switchers, shared by the listing and
 * the product page.
 */
public final class MarketplaceChoices {

	/** Languages product text can be shown in. */
	public static final List<String> TEXT_LANGUAGES = List.of("en", "zh", "ja", "ko", "ru", "fi", "de");

	private MarketplaceChoices() {
	}

}
