package org.twinport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

	@ParameterizedTest
	@ValueSource(strings = { "FI", "CN", "GB" })
	void countriesTheJdkKnows(String code) {
		assertThat(CountryCode.of("market", code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fi", "FIN", "ZZ", "", "F1" })
	void otherCountryCodesAreRefusedNamingTheField(String code) {
		assertThatThrownBy(() -> CountryCode.of("market", code)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("market");
					assertThat(ex.reason()).isEqualTo(Reason.of("value.country", code));
				});
	}

	@Test
	void currenciesLanguagesAndTheirRefusals() {
		assertThat(CurrencyCode.isValid("EUR")).isTrue();
		assertThat(CurrencyCode.isValid("eur")).isFalse();
		assertThat(CurrencyCode.isValid("ABC")).isFalse();
		assertThat(LanguageCode.of("lang", "fi").locale().getLanguage()).isEqualTo("fi");
		assertThat(LanguageCode.isValid("xx")).isFalse();
		assertThatThrownBy(() -> CurrencyCode.of("price.currency", null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.of("value.currency", "null")));
	}

	@ParameterizedTest
	@CsvSource({ "090210,090210", "09021000,090210", "0902100000,090210" })
	void aClassificationNamesItsSubheading(String written, String subheading) {
		assertThat(HsCode.ofClassification("hsCode", written).value()).isEqualTo(subheading);
		assertThat(HsCode.isClassification(written)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0902", "0902101", "09021000001", "09021a" })
	void otherClassificationsAreRefused(String written) {
		assertThat(HsCode.isClassification(written)).isFalse();
		assertThatThrownBy(() -> HsCode.ofClassification("hsCode", written))
			.isInstanceOf(InvalidInputException.class);
		assertThat(HsCode.isValid(written)).isFalse();
	}

	@Test
	void aTariffLineKnowsItsChapter() {
		assertThat(TariffCode.of("line", "09021000").hsCode().chapter()).isEqualTo("09");
		assertThatThrownBy(() -> TariffCode.of("line", "090210")).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.reason().code()).isEqualTo("value.tariffCode"));
	}

}
