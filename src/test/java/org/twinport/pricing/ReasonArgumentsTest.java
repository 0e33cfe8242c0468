package org.twinport.pricing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.twinport.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line read back from PostgreSQL {@code jsonb}, which sorts object keys, still words its
 * reason with the arguments in the order the message uses them.
 */
class ReasonArgumentsTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void argumentsKeepTheirOrderThroughAStoreThatSortsKeys() {
		Map<String, String> args = new LinkedHashMap<>();
		args.put("tax", "VAT");
		args.put("rate", "13.5");
		args.put("regime", "IOSS");
		args.put("limit", "150 EUR");
		QuoteLine line = new QuoteLine(QuoteLine.LineType.VAT, Money.of("22.01", "EUR"), null, null, "FI-VAT-13.5-FOOD",
				null, QuoteLine.Collected.AT_CHECKOUT, null, 0, "tax.pointOfSale", args, false);
		String written = json.writeValueAsString(line);
		// as jsonb gives it back: keys by length, then bytewise
		String sorted = written.replace(
				"{\"tax\":\"VAT\",\"rate\":\"13.5\",\"regime\":\"IOSS\",\"limit\":\"150 EUR\"}",
				"{\"tax\":\"VAT\",\"rate\":\"13.5\",\"limit\":\"150 EUR\",\"regime\":\"IOSS\"}");
		assertThat(sorted).isNotEqualTo(written);

		QuoteLine read = json.readValue(sorted, QuoteLine.class);
		assertThat(read.args().values()).containsExactly("VAT", "13.5", "IOSS", "150 EUR");
		assertThat(read.argOrder()).containsExactly("tax", "rate", "regime", "limit");

		Quote.Refusal refusal = json.readValue(
				"{\"code\":\"DUTY_RATE_UNKNOWN\",\"args\":{\"market\":\"CA\",\"hsCode\":\"691110\",\"tariff\":\"—\"},"
						+ "\"argOrder\":[\"hsCode\",\"market\",\"tariff\"]}",
				Quote.Refusal.class);
		assertThat(refusal.args().keySet()).containsExactly("hsCode", "market", "tariff");
	}

}
