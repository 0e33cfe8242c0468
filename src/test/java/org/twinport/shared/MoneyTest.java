package org.twinport.shared;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

	@Test
	void roundsToTheCurrencysMinorUnit() {
		assertThat(new Money(new BigDecimal("1234.5"), "JPY").rounded().amount().toPlainString()).isEqualTo("1235");
		assertThat(new Money(new BigDecimal("12.345"), "EUR").rounded().amount().toPlainString()).isEqualTo("12.35");
		assertThat(new Money(new BigDecimal("12.5"), "KRW").rounded().amount().toPlainString()).isEqualTo("13");
	}

	@Test
	void refusesNegativeUnknownAndTooPreciseAmounts() {
		assertThat(refusal(() -> Money.parse("-1.00", "EUR", "price"))).isEqualTo("shared.problem.notNegative");
		assertThat(refusal(() -> Money.parse("1.00", "XYZ", "price"))).isEqualTo("value.currency");
		assertThatThrownBy(() -> Money.parse("1.00", "XYZ", "price"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("price.currency"));
		assertThat(refusal(() -> Money.parse("100.5", "JPY", "price"))).isEqualTo("shared.problem.tooManyDecimals");
		assertThat(refusal(() -> Money.parse("1e3", "EUR", "price"))).isEqualTo("shared.problem.decimalString");
		assertThat(Money.parse("12.50", "EUR", "price").amount()).isEqualByComparingTo("12.5");
	}

	@Test
	void isADecimalStringAndACurrencyInJsonBothWays() {
		var json = tools.jackson.databind.json.JsonMapper.builder().build();
		record Line(Money amount, java.util.List<Money> more) {
		}
		String written = json.writeValueAsString(new Line(new Money(new BigDecimal("12.50"), "EUR"),
				java.util.List.of(new Money(new BigDecimal("1500"), "JPY"))));
		assertThat(written).isEqualTo("{\"amount\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},"
				+ "\"more\":[{\"amount\":\"1500\",\"currency\":\"JPY\"}]}");
		assertThat(json.readValue("{\"amount\":\"0.10\",\"currency\":\"GBP\"}", Money.class))
			.isEqualTo(new Money(new BigDecimal("0.10"), "GBP"));
	}

	@Test
	void localizedTextFallsBackAlongTheChain() {
		LocalizedText text = new LocalizedText(Map.of("zh", "茶壶", "en", "Teapot"), "zh");
		assertThat(text.in("ja")).contains("Teapot");
		assertThat(new LocalizedText(Map.of("zh", "茶壶"), "zh").in("ja")).contains("茶壶");
		assertThat(text.in("zh-CN")).contains("茶壶");
	}

	private static String refusal(Runnable call) {
		try {
			call.run();
		}
		catch (InvalidInputException ex) {
			return ex.reason().code();
		}
		throw new AssertionError("not refused");
	}

}
