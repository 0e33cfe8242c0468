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
	 * {@code excessDuty} and {@code crossBorderRetail} are lists of dated versions (a
	 * single object reads as a list of one). {@code tariff} names the national schedule
	 * (US, GB, EU, JP, AU) whose line replaces the base duty rate when a version of it is
	 * loaded for the quote's date.
	 */
	record Market(String group, String currency, ValueBasis customsValue, Boolean taxIncludesTransport,
			List<Rate> taxes, List<Rate> duties, List<Threshold> thresholds, List<PointOfSale> pointOfSale,
			List<FlatDuty> flatDuties, List<Fee> fees, List<ExcessDuty> excessDuty,
			List<CrossBorderRetail> crossBorderRetail, List<PersonalUseValuation> personalUseValuation,
			List<TaxRounding> taxRounding, String tariff) {
	}

	/**
	 * Goods a consumer imports for personal use are valued at {@code factor} of their
	 * overseas retail price (Japan: 60%), for the thresholds and for duty and tax.
	 */
	record PersonalUseValuation(String id, BigDecimal factor, LocalDate from, LocalDate to, Source source,
			Boolean verified, String note) {
	}

	/**
	 * Import tax computed on the declaration's base per rate, the base truncated to a
	 * multiple of {@code baseUnit} and the tax to a multiple of {@code taxUnit} (Japan:
	 * JPY 1,000 and JPY 100).
	 */
	record TaxRounding(String id, BigDecimal baseUnit, BigDecimal taxUnit, LocalDate from, LocalDate to,
			Source source, Boolean verified, String note) {
	}

	/** Who owes a fee: the buyer (the default) or the seller, who bears it in its price. */
	enum Payer {

		BUYER, SELLER

	}

	/**
	 * A percentage by HS prefix (empty prefix list: every code). For taxes, {@code type}
	 * is VAT, GST or CONSUMPTION_TAX; for duties, {@code additional} rates add to the
	 * base rate (for example duties by origin).
	 */
	record Rate(String id, String type, BigDecimal rate, List<String> hsPrefixes, List<String> origins,
			Boolean additional, LocalDate from, LocalDate to, Source source, Boolean verified, String note) {
	}

	/**
	 * At or below {@code limit}, duty or tax (or both) is not charged. {@code origins} and
	 * {@code excludeOrigins} test each item's country of origin; {@code shipFrom} the
	 * country the consignment is shipped from.
	 */
	record Threshold(String id, Applies applies, Money limit, Compares compares, List<String> origins,
			List<String> excludeOrigins, List<String> shipFrom, List<String> excludeHsPrefixes, LocalDate from,
			LocalDate to, Source source, Boolean verified, String note) {
	}

	/**
	 * A regime where the seller collects the import tax at checkout, for consignments up
	 * to a limit.
	 */
	record PointOfSale(String id, String label, Money limit, Compares compares, Boolean dutyRelief, LocalDate from,
			LocalDate to, Source source, Boolean verified, String note,
			BusinessBuyers businessBuyers) {
	}

	/**
	 * A point-of-sale regime for consumers: a business buyer with a tax number is treated
	 * as {@code treatment} says instead, by the law {@code source} names. Without it the
	 * regime applies to every buyer.
	 */
	record BusinessBuyers(BusinessTreatment treatment, Source source) {
	}

	enum BusinessTreatment {

		/** The regime does not apply: import VAT is due at import, the business deducts it. */
		IMPORT_VAT,
		/** The seller charges no tax: the business accounts for it by reverse charge. */
		REVERSE_CHARGE,
		/** The seller charges no tax, and none is due at the border. */
		NOT_CHARGED

	}

	/**
	 * A flat duty per distinct tariff sub-heading (6-digit HS code) for consignments up
	 * to a limit.
	 */
	record FlatDuty(String id, Money perSubheading, Money limit, Compares compares, Boolean consumersOnly,
			LocalDate from, LocalDate to, Source source, Boolean verified, String note) {
	}

	/**
	 * A fee: {@code perLine} per goods line, {@code perSubheading} per distinct tariff
	 * sub-heading, or {@code rate} percent of the customs value bounded by
	 * {@code minimum} and {@code maximum}; charged only on consignments of value under
	 * {@code under} or over {@code over} when those are given (compared as
	 * {@code compares}), and owed by {@code payer}.
	 */
	record Fee(String id, String label, Money perLine, Money perSubheading, BigDecimal rate, Money minimum,
			Money maximum, Money under, Money over, Compares compares, Payer payer, LocalDate from, LocalDate to,
			Source source, Boolean verified, String note) {

		Payer owedBy() {
			return payer == null ? Payer.BUYER : payer;
		}

	}

	/**
	 * Duty only on what exceeds an allowance: {@code rate} percent of the value over
	 * {@code valueAllowance}, and at least {@code minimumPerKg} for each kilogram over
	 * {@code weightAllowanceKg}.
	 */
	record ExcessDuty(String id, Money valueAllowance, BigDecimal weightAllowanceKg, BigDecimal rate,
			Money minimumPerKg, LocalDate from, LocalDate to, Source source, Boolean verified, String note) {
	}

	/** China's cross-border e-commerce retail import regime (1210/9610). */
	record CrossBorderRetail(String id, Money perTransaction, Money perYear, BigDecimal taxFactor, BigDecimal vatRate,
			List<Rate> consumptionTaxes, LocalDate from, LocalDate to, Source source, Boolean verified, String note) {
	}

}
