package org.twinport.pricing.internal;

import java.io.InputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of the reduced and zero tax rates by category in the bundled rule set
 * {@code rules-2026-12.json}, each citing the law it follows.
 */
class CategoryTaxRatesTest {

	static final CompiledRuleSet RULES = bundledRules();

	static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 10);

	static CompiledRuleSet bundledRules() {
		try (InputStream in = CategoryTaxRatesTest.class.getResourceAsStream("/pricing/rules-2026-12.json")) {
			return RuleSetParser.parse(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void theBundledSetIsFormat2WithEveryMarket() {
		assertThat(RULES.version()).isEqualTo("2026.12");
		assertThat(RULES.validFrom()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(RULES.markets().keySet()).containsExactlyInAnyOrder("FI", "BG", "DE", "FR", "IT", "LT", "HU", "GB",
				"US", "JP", "KR", "RU", "AU", "CN", "KH", "IL", "CA");
	}

}
