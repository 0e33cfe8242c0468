package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.twinport.pricing.internal.RuleDocument.Rate;
import org.twinport.pricing.internal.RuleDocument.Source;
import org.twinport.pricing.tariff.TariffLines;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;

/**
 * Refuses a rule set before it can take effect: every rule needs an id, a source, sane
 * rates and dates.
 */
final class RuleValidation {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> TAX_TYPES = Set.of("VAT", "GST", "CONSUMPTION_TAX");

	private static final BigDecimal MAX_RATE = BigDecimal.valueOf(1000);

	private RuleValidation() {
	}

	static void check(String at, MarketRules market, boolean strict) {
		if (!COUNTRIES.contains(market.country())) {
			throw new InvalidInputException(at, Reason.of("pricing.problem.country"));
		}
		if (market.currency() == null) {
			throw new InvalidInputException(at + ".currency", Reason.of("problem.required"));
		}
		Money.zero(market.currency());
		if (market.tariff() != null && !TariffLines.MARKETS.contains(market.tariff())) {
			throw new InvalidInputException(at + ".tariff",
					Reason.of("pricing.problem.tariffMarket", String.join(", ", TariffLines.MARKETS)));
		}
		Set<String> ids = new HashSet<>();
		check(strict, at + ".taxes", market.taxes(), ids, true);
		check(strict, at + ".duties", market.duties(), ids, false);
		for (int i = 0; i < market.thresholds().size(); i++) {
			var t = market.thresholds().get(i);
			String where = at + ".thresholds[" + i + "]";
			common(strict, where, t.id(), t.source(), t.from(), t.to(), ids);
			require(t.applies(), where + ".applies");
			require(t.limit(), where + ".limit");
		}
		for (int i = 0; i < market.pointOfSale().size(); i++) {
			var p = market.pointOfSale().get(i);
			String where = at + ".pointOfSale[" + i + "]";
			common(strict, where, p.id(), p.source(), p.from(), p.to(), ids);
			require(p.limit(), where + ".limit");
			if (p.businessBuyers() != null) {
				require(p.businessBuyers().treatment(), where + ".businessBuyers.treatment");
				if (p.businessBuyers().source() == null || !p.businessBuyers().source().structured()) {
					throw new InvalidInputException(where + ".businessBuyers.source",
							Reason.of("pricing.problem.structuredSource"));
				}
			}
		}
		for (int i = 0; i < market.flatDuties().size(); i++) {
			var f = market.flatDuties().get(i);
			String where = at + ".flatDuties[" + i + "]";
			common(strict, where, f.id(), f.source(), f.from(), f.to(), ids);
			require(f.perSubheading(), where + ".perSubheading");
			require(f.limit(), where + ".limit");
		}
		for (int i = 0; i < market.fees().size(); i++) {
			var f = market.fees().get(i);
			String where = at + ".fees[" + i + "]";
			common(strict, where, f.id(), f.source(), f.from(), f.to(), ids);
			int amounts = (f.perLine() == null ? 0 : 1) + (f.perSubheading() == null ? 0 : 1) + (f.rate() == null ? 0 : 1);
			if (amounts != 1) {
				throw new InvalidInputException(where, Reason.of("pricing.problem.feeAmount"));
			}
			if (f.rate() != null) {
				rate(where + ".rate", f.rate());
			}
		}
		for (var v : market.personalUseValuations()) {
			common(strict, at + ".personalUseValuation", v.id(), v.source(), v.from(), v.to(), ids);
			require(v.factor(), at + ".personalUseValuation.factor");
			if (v.factor().signum() <= 0 || v.factor().compareTo(BigDecimal.ONE) > 0) {
				throw new InvalidInputException(at + ".personalUseValuation.factor",
						Reason.of("pricing.problem.valuationFactor"));
			}
		}
		for (var r : market.taxRoundings()) {
			common(strict, at + ".taxRounding", r.id(), r.source(), r.from(), r.to(), ids);
			require(r.baseUnit(), at + ".taxRounding.baseUnit");
			require(r.taxUnit(), at + ".taxRounding.taxUnit");
		}
		for (var e : market.excessDuties()) {
			common(strict, at + ".excessDuty", e.id(), e.source(), e.from(), e.to(), ids);
			require(e.valueAllowance(), at + ".excessDuty.valueAllowance");
			require(e.weightAllowanceKg(), at + ".excessDuty.weightAllowanceKg");
			require(e.minimumPerKg(), at + ".excessDuty.minimumPerKg");
			rate(at + ".excessDuty.rate", e.rate());
		}
		for (var c : market.crossBorderRetails()) {
			common(strict, at + ".crossBorderRetail", c.id(), c.source(), c.from(), c.to(), ids);
			require(c.perTransaction(), at + ".crossBorderRetail.perTransaction");
			require(c.perYear(), at + ".crossBorderRetail.perYear");
			rate(at + ".crossBorderRetail.vatRate", c.vatRate());
			require(c.taxFactor(), at + ".crossBorderRetail.taxFactor");
			if (c.taxFactor().signum() < 0 || c.taxFactor().compareTo(BigDecimal.ONE) > 0) {
				throw new InvalidInputException(at + ".crossBorderRetail.taxFactor",
						Reason.of("pricing.problem.taxFactor"));
			}
		}
	}

	private static void check(boolean strict, String at, List<Rate> rates, Set<String> ids, boolean tax) {
		for (int i = 0; i < rates.size(); i++) {
			Rate rate = rates.get(i);
			String where = at + "[" + i + "]";
			common(strict, where, rate.id(), rate.source(), rate.from(), rate.to(), ids);
			rate(where + ".rate", rate.rate());
			if (tax && (rate.type() == null || !TAX_TYPES.contains(rate.type()))) {
				throw new InvalidInputException(where + ".type", Reason.of("pricing.problem.taxType"));
			}
			if (rate.hsPrefixes() != null) {
				for (String prefix : rate.hsPrefixes()) {
					if (!prefix.matches("^[0-9]{2,10}$")) {
						throw new InvalidInputException(where + ".hsPrefixes",
								Reason.of("pricing.problem.hsPrefix", prefix));
					}
				}
			}
		}
	}

	private static void common(boolean strict, String at, String id, Source source, LocalDate from, LocalDate to, Set<String> ids) {
		if (id == null || id.isBlank()) {
			throw new InvalidInputException(at + ".id", Reason.of("problem.required"));
		}
		if (!ids.add(id)) {
			throw new InvalidInputException(at + ".id", Reason.of("pricing.problem.ruleIdTwice", id));
		}
		if (source == null || source.reference() == null || source.reference().isBlank()) {
			throw new InvalidInputException(at + ".source", Reason.of("pricing.problem.ruleSource"));
		}
		if (strict && !source.structured()) {
			throw new InvalidInputException(at + ".source", Reason.of("pricing.problem.structuredSource"));
		}
		if (strict && from == null) {
			throw new InvalidInputException(at + ".from", Reason.of("pricing.problem.ruleFrom"));
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException(at + ".to", Reason.of("pricing.problem.toBeforeFrom"));
		}
	}

	private static void rate(String at, BigDecimal rate) {
		require(rate, at);
		if (rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0) {
			throw new InvalidInputException(at, Reason.of("pricing.problem.percentage"));
		}
	}

	private static void require(Object value, String at) {
		if (value == null) {
			throw new InvalidInputException(at, Reason.of("problem.required"));
		}
	}

}
