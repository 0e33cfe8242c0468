package org.twinport.catalog.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.TariffClassification;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.HsCode;
import org.twinport.shared.TariffCode;

/**
 * A product's classification, checked against the data rather than only its shape: the
 * 6-digit code must be an HS 2022 subheading, and each national code a line under it in
 * the destination's schedule in force today.
 */
@Component
class ProductClassificationRules {

	private final TariffClassification classification;

	ProductClassificationRules(TariffClassification classification) {
		this.classification = classification;
	}

	/** The 6-digit subheading of a draft whose code has already been checked for its shape. */
	void checkHsCode(ProductDraft draft) {
		String subheading = HsCode.ofClassification("hsCode", draft.hsCode()).value();
		if (!classification.hsSubheadingExists(subheading)) {
			throw new InvalidInputException("hsCode", Reason.of("catalog.problem.notHsSubheading", subheading));
		}
	}

	/** The draft's national codes keyed by upper-case country, each checked. */
	Map<String, String> nationalCodes(ProductDraft draft) {
		Map<String, String> checked = new LinkedHashMap<>();
		if (draft.nationalCodes() == null) {
			return checked;
		}
		String subheading = HsCode.ofClassification("hsCode", draft.hsCode()).value();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (Map.Entry<String, String> entry : draft.nationalCodes().entrySet()) {
			String country = entry.getKey() == null ? "" : entry.getKey().strip().toUpperCase(Locale.ROOT);
			String field = "nationalCodes." + country;
			Countries.checked(country, "nationalCodes");
			String code = entry.getValue() == null ? "" : entry.getValue().replace(".", "").strip();
			if (code.isEmpty()) {
				continue;
			}
			if (!TariffCode.isValid(code)) {
				throw new InvalidInputException(field, Reason.of("catalog.problem.nationalCode"));
			}
			if (!code.startsWith(subheading)) {
				throw new InvalidInputException(field, Reason.of("catalog.problem.nationalCodePrefix", subheading));
			}
			String market = classification.scheduleMarket(country)
				.orElseThrow(() -> new InvalidInputException(field,
						Reason.of("catalog.problem.noSchedule", country)));
			String version = classification.scheduleVersion(country, today)
				.orElseThrow(() -> new InvalidInputException(field,
						Reason.of("catalog.problem.scheduleNotLoaded", market)));
			if (classification.nationalLine(country, code, today).isEmpty()) {
				throw new InvalidInputException(field, Reason.of("catalog.problem.notNationalLine", market, version));
			}
			if (checked.put(country, code) != null) {
				throw new InvalidInputException(field, Reason.of("catalog.problem.repeated"));
			}
		}
		return checked;
	}

}
