package org.twinport.pricing.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.QuoteRequest.Item;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples of the reduced and zero tax rates by category and of the partners'
 * markets, from the bundled rule set {@code rules-2026-12.json} with the round rates of
 * {@link FixedRates} (plus 1 EUR = 1.5 CAD = 4 ILS = 390 HUF). Each cites the law it follows.
 * Amounts are checked against the line's own base, so that a change to what goes into a
 * base (issue #15 item 5) does not hide a wrong rate.
 */
class CategoryTaxRatesTest {

	static final CompiledRuleSet RULES = bundledRules();

	static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 10);

	static final String GREEN_TEA = "090210";

	private final LandedCostEngine engine = new LandedCostEngine();

	static CompiledRuleSet bundledRules() {
		try (InputStream in = CategoryTaxRatesTest.class.getResourceAsStream("/pricing/rules-2026-12.json")) {
			return RuleSetParser.parse(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static FixedRates rates() {
		var perEuro = new java.util.HashMap<>(FixedRates.handy().perEuro());
		perEuro.put("CAD", new BigDecimal("1.5"));
		perEuro.put("ILS", new BigDecimal("4"));
		perEuro.put("HUF", new BigDecimal("390"));
		return new FixedRates("test-rates", Map.copyOf(perEuro));
	}

	Quote quote(String shipFrom, String destination, LocalDate date, String shipping, String currency, Item... items) {
		var request = new QuoteRequest(shipFrom, destination, null, Incoterm.DDP, date, List.of(items),
				Money.of(shipping, currency), null, null, null);
		return engine.quote(RULES, request, rates(), Instant.parse("2026-12-07T10:00:00Z"), Duration.ofMinutes(30));
	}

	static Item item(String hs, String origin, String price, String currency) {
		return new Item(hs, origin, 1, Money.of(price, currency), new BigDecimal("0.5"), null);
	}

	static QuoteLine taxLine(Quote quote, int item) {
		return quote.lines()
			.stream()
			.filter(line -> line.item() != null && line.item() == item)
			.filter(line -> line.type() == LineType.VAT || line.type() == LineType.GST
					|| line.type() == LineType.CONSUMPTION_TAX)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no tax line for item " + item + " in " + quote.lines()));
	}

	/** The line's rate applied to its own base, rounded half-up to the cent. */
	static void chargedAtItsRate(QuoteLine line) {
		BigDecimal expected = line.base()
			.amount()
			.multiply(line.rate())
			.movePointLeft(2)
			.setScale(2, RoundingMode.HALF_UP);
		assertThat(line.amount().amount()).isEqualByComparingTo(expected);
	}

	static BigDecimal taxRate(String market, String hsCode, LocalDate date) {
		return RULES.market(market).orElseThrow().importTax(hsCode, "CN", date).orElseThrow().rate();
	}

	@Test
	void theBundledSetIsFormat2WithEveryMarket() {
		assertThat(RULES.version()).isEqualTo("2026.12");
		assertThat(RULES.validFrom()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(RULES.markets().keySet()).containsExactlyInAnyOrder("FI", "BG", "DE", "FR", "IT", "LT", "HU", "GB",
				"US", "JP", "KR", "RU", "AU", "CN", "KH", "IL", "CA");
	}

	/**
	 * Arvonlisäverolaki § 85: foodstuffs 13.5% from 2026-01-01 (14% before); a teapot
	 * carries the general 25.5% (§ 84). 100 EUR under IOSS, collected at checkout.
	 */
	@Test
	void finnishTeaIs13Point5PercentInDecember2026AndTheTeapotIs25Point5() {
		Quote q = quote("CN", "FI", DEC_2026, "10.00", "EUR", item(GREEN_TEA, "CN", "60.00", "EUR"),
				item("691110", "CN", "40.00", "EUR"));
		QuoteLine tea = taxLine(q, 0);
		assertThat(tea.ruleId()).isEqualTo("FI-VAT-13.5-FOOD");
		assertThat(tea.rate()).isEqualByComparingTo("13.5");
		chargedAtItsRate(tea);
		QuoteLine teapot = taxLine(q, 1);
		assertThat(teapot.ruleId()).isEqualTo("FI-VAT-25.5");
		assertThat(teapot.rate()).isEqualByComparingTo("25.5");
		chargedAtItsRate(teapot);
	}

	/** The same tea on 2025-12-31, the last day of the 14% food rate. */
	@Test
	void finnishTeaIs14PercentOnNewYearsEve2025() {
		Quote q = quote("CN", "FI", LocalDate.of(2025, 12, 31), "10.00", "EUR", item(GREEN_TEA, "CN", "100.00", "EUR"));
		QuoteLine tea = taxLine(q, 0);
		assertThat(tea.ruleId()).isEqualTo("FI-VAT-14-FOOD");
		assertThat(tea.amount().amount()).isEqualByComparingTo("15.40"); // 14% of 110.00
		assertThat(taxRate("FI", GREEN_TEA, LocalDate.of(2026, 1, 1))).isEqualByComparingTo("13.5");
	}

	/**
	 * VAT Act 1994 Sch. 8 Group 1 and Notice 701/14: tea is zero-rated; chocolate
	 * (excepted item 2) and fruit juice (excepted item 4) are standard-rated. Under GBP 135
	 * the seller charges the VAT at checkout.
	 */
	@Test
	void britishTeaIsZeroRatedButChocolateAndJuiceAre20Percent() {
		Quote q = quote("CN", "GB", DEC_2026, "5.00", "GBP", item(GREEN_TEA, "CN", "40.00", "GBP"),
				item("180632", "CN", "20.00", "GBP"), item("200990", "CN", "10.00", "GBP"));
		QuoteLine tea = taxLine(q, 0);
		assertThat(tea.ruleId()).isEqualTo("GB-VAT-0-FOOD");
		assertThat(tea.amount().amount()).isEqualByComparingTo("0.00");
		assertThat(taxLine(q, 1).rate()).isEqualByComparingTo("20");
		chargedAtItsRate(taxLine(q, 1));
		assertThat(taxLine(q, 2).ruleId()).isEqualTo("GB-VAT-20-FOOD-EXCEPTED");
		assertThat(taxRate("GB", "210390", DEC_2026)).as("sauces").isEqualByComparingTo("0");
		assertThat(taxRate("GB", "170490", DEC_2026)).as("confectionery").isEqualByComparingTo("20");
	}

	/**
	 * GST Act 1999 s. 38-2 and Sch. 2: tea is GST-free food; cakes are taxable bakery
	 * products (s. 38-3, Sch. 1). Under AUD 1,000 the vendor charges GST at checkout.
	 */
	@Test
	void australianTeaIsGstFreeButCakeIsNot() {
		Quote q = quote("CN", "AU", DEC_2026, "10.00", "AUD", item(GREEN_TEA, "CN", "80.00", "AUD"),
				item("190590", "CN", "20.00", "AUD"));
		QuoteLine tea = taxLine(q, 0);
		assertThat(tea.ruleId()).isEqualTo("AU-GST-FREE-FOOD");
		assertThat(tea.amount().amount()).isEqualByComparingTo("0.00");
		QuoteLine cake = taxLine(q, 1);
		assertThat(cake.ruleId()).isEqualTo("AU-GST-10-FOOD-EXCLUDED");
		assertThat(cake.amount().amount()).isEqualByComparingTo("2.20"); // 10% of 20.00 + 2.00 shipping share
	}

	/**
	 * VAT Law of the PRC art. 10 (MOF/SAT/GAC 2019 No. 39): edible vegetable oil is at 9%;
	 * under cross-border retail (Caiguanshui [2018] 49) at 70%: 6.3%, against 9.1% for
	 * tea at 13%.
	 */
	@Test
	void chineseOliveOilIs6Point3PercentUnderCrossBorderRetail() {
		Quote q = quote("IT", "CN", DEC_2026, "20.00", "CNY", item("150920", "IT", "200.00", "CNY"),
				item(GREEN_TEA, "JP", "200.00", "CNY"));
		QuoteLine oil = taxLine(q, 0);
		assertThat(oil.rate()).isEqualByComparingTo("9");
		assertThat(oil.amount().amount()).isEqualByComparingTo("13.23"); // 210.00 × 9% × 70%
		assertThat(taxLine(q, 1).amount().amount()).isEqualByComparingTo("19.11"); // 210.00 × 13% × 70%
	}

	/**
	 * NTA reduced tax rate system: 8% for food and drink other than liquor; sake and beer
	 * are liquor at 10%, as is a teapot.
	 */
	@Test
	void japaneseSoftDrinksAndTeaAre8PercentButSakeIs10() {
		assertThat(taxRate("JP", "220299", DEC_2026)).as("soft drink").isEqualByComparingTo("8");
		assertThat(taxRate("JP", "220110", DEC_2026)).as("mineral water").isEqualByComparingTo("8");
		assertThat(taxRate("JP", "200931", DEC_2026)).as("mikan juice").isEqualByComparingTo("8");
		assertThat(taxRate("JP", GREEN_TEA, DEC_2026)).isEqualByComparingTo("8");
		assertThat(taxRate("JP", "220600", DEC_2026)).as("sake").isEqualByComparingTo("10");
		assertThat(taxRate("JP", "220300", DEC_2026)).as("beer").isEqualByComparingTo("10");
		assertThat(taxRate("JP", "691110", DEC_2026)).as("teapot").isEqualByComparingTo("10");
	}

	/**
	 * UStG Anlage 2 (7%, juice excluded); CGI art. 278-0 bis A (5.5%, confectionery
	 * excluded); D.P.R. 633/1972 Tabella A (4% olive oil, 10% jam); Bulgaria's ZDDS art.
	 * 66 (no reduced rate for tea, 9% baby food).
	 */
	@Test
	void euFoodRatesByCategory() {
		assertThat(taxRate("DE", GREEN_TEA, DEC_2026)).isEqualByComparingTo("7");
		assertThat(taxRate("DE", "210310", DEC_2026)).as("soy sauce").isEqualByComparingTo("7");
		assertThat(taxRate("DE", "200990", DEC_2026)).as("juice").isEqualByComparingTo("19");
		assertThat(taxRate("FR", GREEN_TEA, DEC_2026)).isEqualByComparingTo("5.5");
		assertThat(taxRate("FR", "170490", DEC_2026)).as("confectionery").isEqualByComparingTo("20");
		assertThat(taxRate("IT", "150920", DEC_2026)).as("olive oil").isEqualByComparingTo("4");
		assertThat(taxRate("IT", "200799", DEC_2026)).as("jam").isEqualByComparingTo("10");
		assertThat(taxRate("BG", GREEN_TEA, DEC_2026)).isEqualByComparingTo("20");
		assertThat(taxRate("BG", "190110", DEC_2026)).as("baby food").isEqualByComparingTo("9");
		assertThat(taxRate("LT", GREEN_TEA, DEC_2026)).isEqualByComparingTo("21");
		assertThat(taxRate("HU", GREEN_TEA, DEC_2026)).isEqualByComparingTo("27");
	}

	/** Lithuania and Hungary inherit the EU's IOSS and flat duty. */
	@Test
	void hungaryChargesIts27PercentUnderIoss() {
		Quote q = quote("CN", "HU", DEC_2026, "4000", "HUF", item("691110", "CN", "20000", "HUF"));
		QuoteLine vat = taxLine(q, 0);
		assertThat(vat.ruleId()).isEqualTo("HU-VAT-27");
		assertThat(vat.collected()).isEqualTo(QuoteLine.Collected.AT_CHECKOUT);
		assertThat(q.lines()).anyMatch(line -> "EU-FLAT-DUTY-3".equals(line.ruleId()));
	}

	/**
	 * CBSA, CUSMA low value shipments: from the US or Mexico by courier, no tax up to CAD
	 * 40 and no duty up to CAD 150; from elsewhere only up to CAD 20. The thresholds go
	 * by the ship-from country, not the goods' origin.
	 */
	@Test
	void canadaRelievesCusmaShipmentsByShipFromCountry() {
		Quote fromUs = quote("US", "CA", DEC_2026, "0.00", "CAD", item("691110", "CN", "35.00", "CAD"));
		assertThat(taxLine(fromUs, 0).ruleId()).isEqualTo("CA-CUSMA-TAX-40");
		assertThat(taxLine(fromUs, 0).amount().amount()).isEqualByComparingTo("0.00");
		assertThat(fromUs.lines()).anyMatch(line -> "CA-CUSMA-DUTY-150".equals(line.ruleId()));

		Quote taxedFromMexico = quote("MX", "CA", DEC_2026, "0.00", "CAD", item("691110", "CN", "100.00", "CAD"));
		assertThat(taxLine(taxedFromMexico, 0).ruleId()).isEqualTo("CA-GST-5");
		assertThat(taxLine(taxedFromMexico, 0).amount().amount()).isEqualByComparingTo("5.00");

		Quote smallFromChina = quote("CN", "CA", DEC_2026, "0.00", "CAD", item("691110", "CN", "20.00", "CAD"));
		assertThat(taxLine(smallFromChina, 0).ruleId()).isEqualTo("CA-DE-MINIMIS-20");
		// Made in the US but shipped from China: no CUSMA relief, and no duty rule for Canada
		// (no Canadian tariff schedule is loaded) gives a clear refusal, never a silent zero.
		Quote fromChina = quote("CN", "CA", DEC_2026, "0.00", "CAD", item("691110", "US", "35.00", "CAD"));
		assertThat(fromChina.refusals()).extracting(Quote.Refusal::code).containsExactly("DUTY_RATE_UNKNOWN");
		assertThat(fromChina.refusals().get(0).args()).containsEntry("market", "CA").containsEntry("hsCode", "691110");
	}

	/**
	 * Israel Tax Authority: VAT 18% from 2025-01-01; the USD 130 personal-import
	 * exemption of 2026 is contested and marked unverified.
	 */
	@Test
	void israelExemptsUpTo130UsdButTheFigureIsMarkedContested() {
		Quote q = quote("CN", "IL", DEC_2026, "0.00", "USD", item("691110", "CN", "120.00", "USD"));
		QuoteLine vat = taxLine(q, 0);
		assertThat(vat.ruleId()).isEqualTo("IL-PERSONAL-IMPORT-130");
		assertThat(vat.amount().amount()).isEqualByComparingTo("0.00");
		var threshold = RULES.market("IL").orElseThrow().thresholds().get(0);
		assertThat(threshold.verified()).isFalse();
		assertThat(threshold.note()).contains("CONTESTED");
		assertThat(taxRate("IL", GREEN_TEA, DEC_2026)).isEqualByComparingTo("18");
		assertThat(taxRate("IL", GREEN_TEA, LocalDate.of(2024, 12, 31))).isEqualByComparingTo("17");
	}

	/** Format 2: every rule of every market is dated and names a structured source. */
	@Test
	void everyRuleIsDatedAndSourced() {
		RULES.markets().values().forEach(market -> {
			market.taxes().forEach(rate -> assertThat(rate.from()).as(rate.id()).isNotNull());
			market.taxes().forEach(rate -> assertThat(rate.source().structured()).as(rate.id()).isTrue());
			market.duties().forEach(rate -> assertThat(rate.verified()).as(rate.id() + " is an example").isFalse());
			market.thresholds().forEach(t -> assertThat(t.source().structured()).as(t.id()).isTrue());
		});
		assertThat(RULES.market("FI").orElseThrow().duties()).as("EU duty comes from the tariff schedule").isEmpty();
	}

}
