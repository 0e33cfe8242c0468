package org.twinport.pricing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.twinport.pricing.internal.RuleDocument.CrossBorderRetail;
import org.twinport.pricing.internal.RuleDocument.ExcessDuty;
import org.twinport.pricing.internal.RuleDocument.Fee;
import org.twinport.pricing.internal.RuleDocument.FlatDuty;
import org.twinport.pricing.internal.RuleDocument.Market;
import org.twinport.pricing.internal.RuleDocument.PersonalUseValuation;
import org.twinport.pricing.internal.RuleDocument.PointOfSale;
import org.twinport.pricing.internal.RuleDocument.TaxRounding;
import org.twinport.pricing.internal.RuleDocument.Rate;
import org.twinport.pricing.internal.RuleDocument.Threshold;
import org.twinport.pricing.internal.RuleDocument.ValueBasis;

/**
 * The rules of one destination market, its group's rules merged in, with lookups by HS
 * code, origin and date.
 */
record MarketRules(String country, String currency, ValueBasis customsValue, boolean taxIncludesTransport,
		List<Rate> taxes, List<Rate> duties, List<Threshold> thresholds, List<PointOfSale> pointOfSale,
		List<FlatDuty> flatDuties, List<Fee> fees, List<ExcessDuty> excessDuties,
		List<CrossBorderRetail> crossBorderRetails, List<PersonalUseValuation> personalUseValuations,
		List<TaxRounding> taxRoundings, String tariff) {

	static MarketRules merge(String country, Market market, Market group) {
		Market base = group == null
				? new Market(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
				: group;
		return new MarketRules(country, first(market.currency(), base.currency()),
				first(first(market.customsValue(), base.customsValue()), ValueBasis.CIF),
				Boolean.TRUE.equals(first(market.taxIncludesTransport(), base.taxIncludesTransport())),
				concat(base.taxes(), market.taxes()), concat(base.duties(), market.duties()),
				concat(base.thresholds(), market.thresholds()), concat(base.pointOfSale(), market.pointOfSale()),
				concat(base.flatDuties(), market.flatDuties()), concat(base.fees(), market.fees()),
				concat(base.excessDuty(), market.excessDuty()),
				concat(base.crossBorderRetail(), market.crossBorderRetail()),
				concat(base.personalUseValuation(), market.personalUseValuation()),
				concat(base.taxRounding(), market.taxRounding()), first(market.tariff(), base.tariff()));
	}

	Optional<ExcessDuty> excessDuty(LocalDate date) {
		return excessDuties.stream().filter(rule -> active(rule.from(), rule.to(), date)).findFirst();
	}

	Optional<CrossBorderRetail> crossBorderRetail(LocalDate date) {
		return crossBorderRetails.stream().filter(rule -> active(rule.from(), rule.to(), date)).findFirst();
	}

	Optional<PersonalUseValuation> personalUseValuation(LocalDate date) {
		return personalUseValuations.stream().filter(rule -> active(rule.from(), rule.to(), date)).findFirst();
	}

	Optional<TaxRounding> taxRounding(LocalDate date) {
		return taxRoundings.stream().filter(rule -> active(rule.from(), rule.to(), date)).findFirst();
	}

	/**
	 * The base duty rate: the longest matching HS prefix wins, and an origin-specific
	 * rate beats a general one.
	 */
	Optional<Rate> baseDuty(String hsCode, String origin, LocalDate date) {
		return mostSpecific(duties, rate -> !Boolean.TRUE.equals(rate.additional()), hsCode, origin, date);
	}

	/**
	 * Rates that add to the base duty, for example additional duties on goods of a given
	 * origin.
	 */
	List<Rate> additionalDuties(String hsCode, String origin, LocalDate date) {
		List<Rate> result = new ArrayList<>();
		for (Rate rate : duties) {
			if (Boolean.TRUE.equals(rate.additional()) && matches(rate, hsCode, origin, date)) {
				result.add(rate);
			}
		}
		return result;
	}

	/**
	 * The import tax rate (VAT, GST or consumption tax) for a code: a reduced rate on a
	 * longer prefix wins.
	 */
	Optional<Rate> importTax(String hsCode, String origin, LocalDate date) {
		return mostSpecific(taxes, rate -> true, hsCode, origin, date);
	}

	static boolean active(LocalDate from, LocalDate to, LocalDate date) {
		return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
	}

	static boolean matches(Rate rate, String hsCode, String origin, LocalDate date) {
		return active(rate.from(), rate.to(), date) && prefixLength(rate.hsPrefixes(), hsCode) >= 0
				&& (rate.origins() == null || rate.origins().isEmpty() || rate.origins().contains(origin));
	}

	/**
	 * The length of the longest prefix of the list that starts the code; 0 for an empty
	 * list, -1 for no match.
	 */
	static int prefixLength(List<String> prefixes, String hsCode) {
		if (prefixes == null || prefixes.isEmpty()) {
			return 0;
		}
		int best = -1;
		for (String prefix : prefixes) {
			if (hsCode.startsWith(prefix) && prefix.length() > best) {
				best = prefix.length();
			}
		}
		return best;
	}

	private static Optional<Rate> mostSpecific(List<Rate> rates, Predicate<Rate> kind, String hsCode, String origin,
			LocalDate date) {
		return rates.stream()
			.filter(kind)
			.filter(rate -> matches(rate, hsCode, origin, date))
			.max(Comparator.<Rate>comparingInt(rate -> prefixLength(rate.hsPrefixes(), hsCode))
				.thenComparingInt(rate -> rate.origins() == null || rate.origins().isEmpty() ? 0 : 1));
	}

	private static <T> T first(T preferred, T fallback) {
		return preferred != null ? preferred : fallback;
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>();
		if (a != null) {
			all.addAll(a);
		}
		if (b != null) {
			all.addAll(b);
		}
		return List.copyOf(all);
	}

}
