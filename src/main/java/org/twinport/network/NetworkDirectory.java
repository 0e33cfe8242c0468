package org.twinport.network;

import java.util.List;
import java.util.Optional;

import org.twinport.shared.PageResult;

/** Read access to the partner network, for the public directory and for other modules. */
public interface NetworkDirectory {

	/**
	 * @param lang the reader's language; names fall back to English
	 * @throws org.twinport.shared.InvalidInputException for an unknown kind or a
	 * malformed country code
	 */
	PageResult<PartnershipView> partnerships(PartnershipQuery query, String lang, int page, int size);

	Optional<PartnershipView> partnership(long id, String lang);

	/** The live (not archived) partnerships with one partner place. */
	List<PartnershipView> partnershipsWith(String placeCode, String lang);

	NetworkSummary summary(String lang);

	/**
	 * The configurable kinds of partnership, as code and name in the reader's language.
	 */
	List<KindName> kinds(String lang);

	Optional<Long> placeIdByCode(String code);

	/**
	 * All places with their names per language, for modules that label things with a
	 * place (small: one network).
	 */
	List<PlaceNames> places();

	/**
	 * The codes of the home city and its districts, the city first: the places whose
	 * trade the platform counts.
	 */
	List<String> homePlaceCodes();

	record PlaceNames(long id, String code, String countryCode, java.util.Map<String, String> names) {
	}

	record KindName(String code, String name) {
	}

}
