package org.twinport.pricing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.QuoteRequest.BuyerType;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Checks a business buyer's tax number against the destination's format: the patterns are
 * market facts kept in {@code pricing/buyer-tax-ids.json}, the check digit algorithms are
 * code. A destination with no format there takes any tax number the request's own
 * constraints allow.
 */
final class BuyerTaxIds {

	static final String RESOURCE = "pricing/buyer-tax-ids.json";

	private static final Map<String, Format> FORMATS = load();

	private BuyerTaxIds() {
	}

	record Format(String scheme, Pattern pattern, String checksum, String example) {
	}

	private record Document(Map<String, Object> sources, Map<String, Entry> markets, String description) {
	}

	private record Entry(String scheme, String pattern, String checksum, String example, String source) {
	}

	/**
	 * @throws InvalidInputException naming {@code buyer.taxId} when a business buyer gives
	 * no tax number, or one that is not in the destination's format
	 */
	static void check(QuoteRequest request) {
		if (request.buyerType() != BuyerType.BUSINESS) {
			return;
		}
		String taxId = request.buyer().taxId();
		Format format = FORMATS.get(request.destination());
		if (taxId == null || taxId.isBlank()) {
			throw new InvalidInputException("buyer.taxId", format == null ? Reason.of("pricing.problem.taxIdRequired")
					: Reason.of("pricing.problem.taxIdRequired." + format.scheme(), format.example()));
		}
		if (format == null) {
			return;
		}
		if (!format.pattern().matcher(taxId).matches()) {
			throw new InvalidInputException("buyer.taxId",
					Reason.of("pricing.problem.taxIdForm." + format.scheme(), request.destination(), format.example()));
		}
		if ("ABN".equals(format.checksum()) && !validAbn(taxId)) {
			throw new InvalidInputException("buyer.taxId", Reason.of("pricing.problem.abnCheckDigits"));
		}
	}

	/** The scheme of the destination's business tax numbers (EU_VAT, GB_VAT, ABN), or null. */
	static String scheme(String destination) {
		Format format = FORMATS.get(destination);
		return format == null ? null : format.scheme();
	}

	/**
	 * The ATO's check of an ABN: subtract 1 from the first digit, weight the eleven digits
	 * 10, 1, 3, 5, …, 19, and the sum is a multiple of 89 (abr.business.gov.au/Help/AbnFormat).
	 */
	static boolean validAbn(String abn) {
		if (abn.length() != 11 || !abn.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int[] weights = { 10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 };
		int sum = 0;
		for (int i = 0; i < 11; i++) {
			int digit = abn.charAt(i) - '0';
			sum += (i == 0 ? digit - 1 : digit) * weights[i];
		}
		return sum % 89 == 0;
	}

	private static Map<String, Format> load() {
		try (InputStream in = BuyerTaxIds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			Document document = JsonMapper.builder().build().readValue(in, Document.class);
			Map<String, Format> formats = new java.util.HashMap<>();
			document.markets()
				.forEach((market, entry) -> formats.put(market, new Format(entry.scheme(),
						Pattern.compile(entry.pattern()), entry.checksum(), entry.example())));
			return Map.copyOf(formats);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
