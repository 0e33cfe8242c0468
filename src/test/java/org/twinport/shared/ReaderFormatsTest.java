package org.twinport.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Money, quantities and time zones as a reader of each language reads them. */
class ReaderFormatsTest {

	private final Amounts amounts = new Amounts();

	private final TimeZoneNames zones = new TimeZoneNames();

	@Test
	void moneyIsGroupedForTheReaderWithTheCurrencysMinorUnit() {
		assertThat(amounts.money(Money.of("4700", "EUR"), Locale.ENGLISH)).isEqualTo("4,700.00 EUR");
		assertThat(amounts.money(Money.of("4700.00", "EUR"), Locale.CHINESE)).isEqualTo("4,700.00 EUR");
		assertThat(amounts.money(Money.of("4700.5", "EUR"), Locale.GERMAN)).isEqualTo("4.700,50 EUR");
		assertThat(amounts.money(Money.of("125000", "JPY"), Locale.ENGLISH)).isEqualTo("125,000 JPY");
		assertThat(amounts.money(null, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void quantitiesKeepTheirDecimalsAndTheirUnit() {
		assertThat(amounts.quantity(new BigDecimal("5000"), "pcs", Locale.ENGLISH)).isEqualTo("5,000 pcs");
		assertThat(amounts.quantity(new BigDecimal("250.5"), "cartons", Locale.CHINESE)).isEqualTo("250.5 cartons");
		assertThat(amounts.quantity(new BigDecimal("500.000"), "kg", Locale.ENGLISH)).isEqualTo("500 kg");
	}

	@Test
	void zonesAreNamedNotCoded() {
		assertThat(zones.name("Asia/Shanghai", Locale.ENGLISH)).isEqualTo("China Time");
		assertThat(zones.name("Asia/Shanghai", Locale.CHINESE)).isEqualTo("中国时间");
		assertThat(zones.name("Europe/Helsinki", Locale.CHINESE)).isEqualTo("东欧时间");
		assertThat(zones.name("Not/AZone", Locale.ENGLISH)).isEqualTo("Not/AZone");
		assertThat(zones.options(Locale.CHINESE)).anySatisfy(choice -> {
			assertThat(choice.code()).isEqualTo("America/Los_Angeles");
			assertThat(choice.label()).contains("北美太平洋时间").contains("(Los Angeles)").doesNotContain("/");
		});
		assertThat(zones.options(Locale.ENGLISH)).as("only places' zones, no legacy aliases")
			.noneMatch(choice -> choice.code().startsWith("Etc/") || choice.code().equals("EST5EDT"));
	}

}
