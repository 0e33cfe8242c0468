package org.twinport.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

	private final Amounts money = new Amounts();

	@Test
	void groupsDigitsAsTheReaderDoesAndKeepsTheMinorUnit() {
		assertThat(money.money(Money.of("4700", "EUR"), Locale.ENGLISH)).isEqualTo("4,700.00 EUR");
		assertThat(money.money(Money.of("4700", "EUR"), Locale.GERMAN)).isEqualTo("4.700,00 EUR");
		assertThat(money.money(Money.of("4700", "EUR"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("4,700.00 EUR");
		assertThat(money.money(Money.of("1200", "JPY"), Locale.ENGLISH)).isEqualTo("1,200 JPY");
	}

	@Test
	void neverRoundsAnAmountItShows() {
		assertThat(money.money(Money.of("0.125", "EUR"), Locale.ENGLISH)).isEqualTo("0.125 EUR");
		assertThat(money.money(Money.of("12.5", "EUR"), Locale.ENGLISH)).isEqualTo("12.50 EUR");
	}

	@Test
	void quantitiesKeepOnlyTheDecimalsTheyHave() {
		assertThat(money.quantity(new BigDecimal("1200.000"), "kg", Locale.ENGLISH)).isEqualTo("1,200 kg");
		assertThat(money.quantity(new BigDecimal("120.5"), "kg", Locale.FRENCH)).isEqualTo("120,5 kg");
		assertThat(money.quantity(new BigDecimal("500"), null, Locale.ENGLISH)).isEqualTo("500");
	}

}
