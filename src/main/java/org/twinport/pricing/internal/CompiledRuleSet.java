package org.twinport.pricing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * A validated rule set, its markets merged with their groups, ready for quoting.
 * Immutable.
 */
public record CompiledRuleSet(String version, boolean demo, LocalDate validFrom, Map<String, MarketRules> markets) {

	static CompiledRuleSet compile(RuleDocument document) {
		boolean strict = RuleDocument.FORMAT.equals(document.format());
		if (!strict && !RuleDocument.FORMAT_1.equals(document.format())) {
			throw new InvalidInputException("format", Reason.of("pricing.problem.format", RuleDocument.FORMAT));
		}
		if (strict && document.validFrom() == null) {
			throw new InvalidInputException("validFrom", Reason.of("pricing.problem.ruleSetFrom"));
		}
		if (document.version() == null || !document.version().matches("^[A-Za-z0-9._-]{1,60}$")) {
			throw new InvalidInputException("version", Reason.of("pricing.problem.version60"));
		}
		if (document.markets() == null || document.markets().isEmpty()) {
			throw new InvalidInputException("markets", Reason.of("pricing.problem.markets"));
		}
		Map<String, MarketRules> markets = new HashMap<>();
		document.markets().forEach((country, market) -> {
			RuleDocument.Market group = null;
			if (market.group() != null) {
				group = document.groups() == null ? null : document.groups().get(market.group());
				if (group == null) {
					throw new InvalidInputException("markets." + country + ".group",
							Reason.of("pricing.problem.unknownGroup", market.group()));
				}
			}
			MarketRules rules = MarketRules.merge(country, market, group);
			RuleValidation.check("markets." + country, rules, strict);
			markets.put(country, rules);
		});
		return new CompiledRuleSet(document.version(), Boolean.TRUE.equals(document.demo()),
				document.validFrom() == null ? LocalDate.MIN : document.validFrom(), Map.copyOf(markets));
	}

	Optional<MarketRules> market(String country) {
		return Optional.ofNullable(markets.get(country));
	}

}
