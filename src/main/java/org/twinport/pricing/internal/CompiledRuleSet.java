package org.twinport.pricing.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.twinport.shared.InvalidInputException;

/**
 * A validated rule set, its markets merged with their groups, ready for quoting.
 * Immutable.
 */
public record CompiledRuleSet(String version, boolean demo, Map<String, MarketRules> markets) {

	static CompiledRuleSet compile(RuleDocument document) {
		if (!RuleDocument.FORMAT.equals(document.format())) {
			throw new InvalidInputException("format", "must be '" + RuleDocument.FORMAT + "'");
		}
		if (document.version() == null || !document.version().matches("^[A-Za-z0-9._-]{1,60}$")) {
			throw new InvalidInputException("version", "is required: 1 to 60 letters, digits, '.', '_' or '-'");
		}
		if (document.markets() == null || document.markets().isEmpty()) {
			throw new InvalidInputException("markets", "must hold at least one market");
		}
		Map<String, MarketRules> markets = new HashMap<>();
		document.markets().forEach((country, market) -> {
			RuleDocument.Market group = null;
			if (market.group() != null) {
				group = document.groups() == null ? null : document.groups().get(market.group());
				if (group == null) {
					throw new InvalidInputException("markets." + country + ".group",
							"names an unknown group '" + market.group() + "'");
				}
			}
			MarketRules rules = MarketRules.merge(country, market, group);
			RuleValidation.check("markets." + country, rules);
			markets.put(country, rules);
		});
		return new CompiledRuleSet(document.version(), Boolean.TRUE.equals(document.demo()), Map.copyOf(markets));
	}

	Optional<MarketRules> market(String country) {
		return Optional.ofNullable(markets.get(country));
	}

}
