package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.twinport.shared.Money;

/**
 * The file format of a rule set, {@code twinport-landed-cost-rules/2}: markets keyed by
 * destination country, each optionally inheriting the rules of a group such as the EU.
 * Every rule names its source and the date it takes effect. The set itself takes effect
 * on {@code validFrom}: a quote uses the set in force on its date.
 */
record RuleDocument(String format, String version, Boolean demo, String description, LocalDate validFrom,
		Map<String, Market> groups, Map<String, Market> markets) {

	static final String FORMAT = "twinport-landed-cost-rules/2";

	/** The first format: sources as free text, dates optional. Sets stored in it still read. */
	static final String FORMAT_1 = "twinport-landed-cost-rules/1";

	/**
	 * Where a rule comes from: the authority, the legal reference, where to read it, and
	 * when someone last checked the figure against it. Format 1 sets give only free text,
	 * read as the reference.
	 */
	record Source(String authority, String reference, String url, LocalDate checked) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static Source ofText(String text) {
			return new Source(null, text, null, null);
		}

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		static Source of(@JsonProperty("authority") String authority,
				@JsonProperty("reference") String reference,
				@JsonProperty("url") String url,
				@JsonProperty("checked") LocalDate checked) {
			return new Source(authority, reference, url, checked);
		}

		/** One line for a quote: "authority: reference (url)". */
		String text() {
			StringBuilder text = new StringBuilder();
			if (authority != null) {
				text.append(authority).append(": ");
			}
			text.append(reference == null ? "" : reference);
			if (url != null) {
				text.append(" (").append(url).append(')');
			}
			return text.toString();
		}

		boolean structured() {
			return authority != null && !authority.isBlank() && reference != null && !reference.isBlank()
					&& url != null && url.startsWith("https://") && checked != null;
		}

	}

	enum ValueBasis {

		CIF, FOB

	}

	/** Which value a threshold is compared with. */
	enum Compares {

		/** The price of the goods alone. */
		INTRINSIC,
		/** Goods plus shipping and insurance. */
		CONSIGNMENT,
		/** The customs value: CIF or FOB as the market says. */
		CUSTOMS_VALUE

	}

	enum Applies {

		DUTY, TAX, BOTH

	}

	/**
	 * {@code tariff} names the national schedule (US, GB, EU, JP, AU) whose line replaces
	 * the base duty rate when a version of it is loaded for the quote's date.
	 */
	record Market(String group, String currency, ValueBasis customsValue, Boolean taxIncludesTransport,
			List<Rate> taxes, List<Rate> duties, List<Threshold> thresholds, List<PointOfSale> pointOfSale,
			List<FlatDuty> flatDuties, List<Fee> fees, ExcessDuty excessDuty, CrossBorderRetail crossBorderRetail,
			String tariff) {
	}

	/**
	 * A percentage by HS prefix (empty prefix list: every code). For taxes, {@code type}
	 * is VAT, GST or CONSUMPTION_TAX; for duties, {@code additional} rates add to the
	 * base rate (for example duties by origin).
	 */
	record Rate(String id, String type, BigDecimal rate, List<String> hsPrefixes, List<String> origins,
			Boolean additional, LocalDate from, LocalDate to, Source source, Boolean verified, String note) {
	}

	/** At or below {@code limit}, duty or tax (or both) is not charged. */
	record Threshold(String id, Applies applies, Money limit, Compares compares, List<String> origins,
			List<String> excludeHsPrefixes, LocalDate from, LocalDate to, Source source, Boolean verified,
			String note) {
	}

	/**
	 * A regime where the seller collects the import tax at checkout, for consignments up
	 * to a limit.
	 */
	record PointOfSale(String id, String label, Money limit, Compares compares, Boolean dutyRelief, LocalDate from,
			LocalDate to, Source source, Boolean verified) {
	}

	/**
	 * A flat duty per distinct tariff sub-heading (6-digit HS code) for consignments up
	 * to a limit.
	 */
	record FlatDuty(String id, Money perSubheading, Money limit, Compares compares, LocalDate from, LocalDate to,
			Source source, Boolean verified) {
	}

	/** A fee per goods line, such as a national handling fee. */
	record Fee(String id, String label, Money perLine, LocalDate from, LocalDate to, Source source, Boolean verified) {
	}

	/**
	 * Duty only on what exceeds an allowance: {@code rate} percent of the value over
	 * {@code valueAllowance}, and at least {@code minimumPerKg} for each kilogram over
	 * {@code weightAllowanceKg}.
	 */
	record ExcessDuty(String id, Money valueAllowance, BigDecimal weightAllowanceKg, BigDecimal rate,
			Money minimumPerKg, LocalDate from, LocalDate to, Source source, Boolean verified) {
	}

	/** China's cross-border e-commerce retail import regime (1210/9610). */
	record CrossBorderRetail(String id, Money perTransaction, Money perYear, BigDecimal taxFactor, BigDecimal vatRate,
			List<Rate> consumptionTaxes, LocalDate from, LocalDate to, Source source, Boolean verified) {
	}

}
