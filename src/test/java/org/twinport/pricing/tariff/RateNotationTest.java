package org.twinport.pricing.tariff;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.twinport.pricing.tariff.ParsedRate.Component;
import org.twinport.pricing.tariff.ParsedRate.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** Every string here is copied from one of the bundled schedules. */
class RateNotationTest {

	private static ParsedRate us(String text) {
		return RateNotation.parse(text, "USD");
	}

	private static ParsedRate au(String text) {
		return RateNotation.parse(text, "AUD");
	}

	private static void assertSpecific(Component c, String amount, String currency, String per, String unit,
			String basis) {
		assertThat(c.percent()).isNull();
		assertThat(c.amount()).isEqualByComparingTo(amount);
		assertThat(c.currency()).isEqualTo(currency);
		assertThat(c.per()).isEqualByComparingTo(per);
		assertThat(c.unit()).isEqualTo(unit);
		assertThat(c.basis()).isEqualTo(basis);
	}

	@Test
	void freeInEveryLanguage() {
		assertThat(us("Free").kind()).isEqualTo(Kind.FREE);
		assertThat(RateNotation.parse("無税", "USD").kind()).isEqualTo(Kind.FREE);
		assertThat(RateNotation.parse("(◎)無税", "USD").kind()).isEqualTo(Kind.FREE);
	}

	@Test
	void adValorem() {
		ParsedRate rate = us("6.5%");
		assertThat(rate.kind()).isEqualTo(Kind.AD_VALOREM);
		assertThat(rate.components().get(0).percent()).isEqualByComparingTo("6.5");
		assertThat(RateNotation.parse("0.0%", "GBP").components().get(0).percent()).isEqualByComparingTo("0");
		assertThat(RateNotation.parse("※1%", "USD").components().get(0).percent()).isEqualByComparingTo("1");
		assertThat(rate.text()).isEqualTo("6.5%");
	}

	@Test
	void usCentsAndDollarsPerUnit() {
		assertSpecific(us("4.4¢/kg").components().get(0), "0.044", "USD", "1", "kg", null);
		assertSpecific(us("$2.146/kg").components().get(0), "2.146", "USD", "1", "kg", null);
		assertSpecific(us("0.2¢/liter").components().get(0), "0.002", "USD", "1", "l", null);
		assertSpecific(us("0.9¢ each").components().get(0), "0.009", "USD", "1", "item", null);
		assertSpecific(us("$1.80 each").components().get(0), "1.80", "USD", "1", "item", null);
		assertSpecific(us("2.8¢/doz.").components().get(0), "0.028", "USD", "12", "item", null);
		assertSpecific(us("6.5¢/gross").components().get(0), "0.065", "USD", "144", "item", null);
		assertSpecific(us("39.7¢/t").components().get(0), "0.397", "USD", "1000", "kg", null);
		assertSpecific(us("68¢/head").components().get(0), "0.68", "USD", "1", "head", null);
		assertSpecific(us("$1.13/m3").components().get(0), "1.13", "USD", "1", "m3", null);
		assertSpecific(us("10.5¢/bbl").components().get(0), "0.105", "USD", "1", "bbl", null);
		assertSpecific(us("18.9¢/pf.liter").components().get(0), "0.189", "USD", "1", "proof-l", null);
		assertSpecific(us("8.6¢/kg on drained weight").components().get(0), "0.086", "USD", "1", "kg",
				"on drained weight");
		assertThat(us("4.4¢/kg").kind()).isEqualTo(Kind.SPECIFIC);
	}

	@Test
	void usCompounds() {
		ParsedRate rate = us("8.4¢/kg + 1.9%");
		assertThat(rate.kind()).isEqualTo(Kind.COMPOUND);
		assertSpecific(rate.components().get(0), "0.084", "USD", "1", "kg", null);
		assertThat(rate.components().get(1).percent()).isEqualByComparingTo("1.9");

		ParsedRate shoes = us("90¢/pr. + 20%");
		assertSpecific(shoes.components().get(0), "0.90", "USD", "1", "pair", null);

		ParsedRate watch = us("15¢ each + 2.3% + 0.8¢/jewel");
		assertThat(watch.components()).hasSize(3);
		assertSpecific(watch.components().get(2), "0.008", "USD", "1", "jewel", null);

		ParsedRate spirits = us("4.4¢/liter + 31.4¢/pf. liter");
		assertSpecific(spirits.components().get(1), "0.314", "USD", "1", "proof-l", null);

		ParsedRate parts = us("51¢ each + 6.25% on the case and strap, band or bracelet + 5.3% on the battery");
		assertThat(parts.components().get(1).basis()).isEqualTo("on the case and strap, band or bracelet");
		assertThat(parts.components().get(2).basis()).isEqualTo("on the battery");
		assertSpecific(us("$1.035/kg + 8.5%").components().get(0), "1.035", "USD", "1", "kg", null);
	}

	@Test
	void ukAndEuCurrencyPerQuantity() {
		assertSpecific(RateNotation.parse("10.00 GBP / hl", "GBP").components().get(0), "10.00", "GBP", "100", "l",
				null);
		assertSpecific(RateNotation.parse("26.00 GBP/hl", "GBP").components().get(0), "26.00", "GBP", "100", "l",
				null);
		assertSpecific(RateNotation.parse("126.00 GBP/100kg", "GBP").components().get(0), "126.00", "GBP", "100",
				"kg", null);
		assertSpecific(RateNotation.parse("151.00 EUR / 100 kg", "EUR").components().get(0), "151.00", "EUR", "100",
				"kg", null);
		assertSpecific(RateNotation.parse("175.00 EUR / tonne", "EUR").components().get(0), "175.00", "EUR", "1000",
				"kg", null);
		assertSpecific(RateNotation.parse("0.20 GBP/ item", "GBP").components().get(0), "0.20", "GBP", "1", "item",
				null);
		assertSpecific(RateNotation.parse("52.00 EUR / 1,000 items", "EUR").components().get(0), "52.00", "EUR",
				"1000", "item", null);
		assertSpecific(RateNotation.parse("1.40 GBP / % vol / hl", "GBP").components().get(0), "1.40", "GBP", "1",
				"l-alcohol", null);
		ParsedRate beef = RateNotation.parse("12.00% + 253.00 GBP/100kg", "GBP");
		assertThat(beef.kind()).isEqualTo(Kind.COMPOUND);
		assertThat(beef.components().get(0).percent()).isEqualByComparingTo("12");
		assertSpecific(beef.components().get(1), "253.00", "GBP", "100", "kg", null);
		ParsedRate milk = RateNotation.parse("1.31 EUR / kg / lactic matter + 22.00 EUR / 100 kg", "EUR");
		assertSpecific(milk.components().get(0), "1.31", "EUR", "1", "kg", "lactic matter");
	}

	@Test
	void japaneseYenAndWhicheverIsHigher() {
		assertSpecific(RateNotation.parse("49円/kg", "USD").components().get(0), "49", "JPY", "1", "kg", null);
		assertSpecific(RateNotation.parse("4,000,000円/頭", "USD").components().get(0), "4000000", "JPY", "1", "head",
				null);
		assertSpecific(RateNotation.parse("346円/kl", "USD").components().get(0), "346", "JPY", "1000", "l", null);
		ParsedRate higher = RateNotation.parse("3.7%又は2.9%＋1.01円/㎡のうちいずれか高い税率", "USD");
		assertThat(higher.kind()).isEqualTo(Kind.HIGHER_OF);
		assertThat(higher.alternatives()).hasSize(2);
		assertThat(higher.alternatives().get(0).get(0).percent()).isEqualByComparingTo("3.7");
		assertThat(higher.alternatives().get(1).get(0).percent()).isEqualByComparingTo("2.9");
		assertSpecific(higher.alternatives().get(1).get(1), "1.01", "JPY", "1", "m2", null);
		ParsedRate boots = RateNotation.parse("30%又は4,300円/足のうちいずれか高い税率", "USD");
		assertSpecific(boots.alternatives().get(1).get(0), "4300", "JPY", "1", "pair", null);
		ParsedRate english = us("25% or 5¢/kg, whichever is higher");
		assertThat(english.kind()).isEqualTo(Kind.HIGHER_OF);
		assertSpecific(english.alternatives().get(1).get(0), "0.05", "USD", "1", "kg", null);
	}

	@Test
	void australianDollarsAndAlcohol() {
		assertSpecific(au("$0.526/L").components().get(0), "0.526", "AUD", "1", "l", null);
		assertSpecific(au("$1.52829/stick").components().get(0), "1.52829", "AUD", "1", "item", null);
		ParsedRate wine = au("5%, and $107.99/L of alcohol");
		assertThat(wine.kind()).isEqualTo(Kind.COMPOUND);
		assertThat(wine.components().get(0).percent()).isEqualByComparingTo("5");
		assertSpecific(wine.components().get(1), "107.99", "AUD", "1", "l-alcohol", null);
		assertSpecific(au("$2,445.26/kg of tobacco content").components().get(0), "2445.26", "AUD", "1", "kg",
				"of tobacco content");
		assertSpecific(au("\u200B$0.142/kg").components().get(0), "0.142", "AUD", "1", "kg", null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The rate applicable to each garment in the ensemble if separately entered",
			"3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees (and fractions of a degree in proportion) "
					+ "but not less than 3.143854¢/kg",
			"4.3% + 1.7¢/jewel + 0.2¢ for each other piece or part, but if consisting in part of a plate or a set of "
					+ "plates the total duty shall not exceed the duty for the complete movement",
			"Entry Price", "8.30% +  EA MAX 18.70%  + ADSZ", "4.50% MIN 0.30 EUR / item MAX 0.80 EUR / item",
			"8.50% (01 JAN-31 MAY, 1 NOV-31 DEC), 12.00% (01 JUN-31 OCT)", "35%＋120円/kg | *29.8%＋425円/kg",
			"●21%〜29.8%+1,159円/kg", "1キログラムにつき枝肉に係る基準輸入価格と課税価格との差額", "5%, or, if lower, $0.45/kg TSS",
			"$10.57/L of alcohol, calculated on that alcohol content by which the percentage by volume of alcohol of "
					+ "the goods exceeds 1.15",
			"View TCOs for 8462.59", "See additional U.S. note 4" })
	void whatCannotBeComputedIsUnparsedWithItsText(String text) {
		ParsedRate rate = us(text);
		assertThat(rate.kind()).isEqualTo(Kind.UNPARSED);
		assertThat(rate.text()).isEqualTo(text);
		assertThat(rate.computable()).isFalse();
	}

	@Test
	void blankIsNoRate() {
		assertThat(us("").kind()).isEqualTo(Kind.NONE);
		assertThat(us(null).kind()).isEqualTo(Kind.NONE);
	}

	@Test
	void amountsKeepTheirDigits() {
		assertThat(us("3.6606¢/kg").components().get(0).amount()).isEqualTo(new BigDecimal("0.036606"));
	}

}
