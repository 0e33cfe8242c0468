package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.QuoteRequest.Item;
import org.twinport.pricing.tariff.BundledIndexes;
import org.twinport.pricing.tariff.TariffLines;
import org.twinport.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules an audit of the first rule set found wrong (issue #15, item 5), worked by hand
 * on the bundled set {@code rules-2026-12.json} with the round rates of {@link FixedRates}
 * (1 EUR = 1.08 USD = 160 JPY = 1,450 KRW = 100 RUB = 7.8 CNY = 4,400 KHR). Each case
 * names the rule it follows; the rule's source is in the data.
 */
class AuditedRulesTest {

	static final CompiledRuleSet RULES = CategoryTaxRatesTest.bundledRules();

	static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 10);

	private static final FixedRates FX = new FixedRates("test-rates",
			Map.of("EUR", BigDecimal.ONE, "USD", new BigDecimal("1.08"), "JPY", new BigDecimal("160"), "KRW",
					new BigDecimal("1450"), "RUB", new BigDecimal("100"), "CNY", new BigDecimal("7.8"), "KHR",
					new BigDecimal("4400")));

	private final LandedCostEngine engine = new LandedCostEngine();

	static Item item(String hs, String origin, int quantity, String price, String currency, String kg) {
		return new Item(hs, origin, quantity, Money.of(price, currency), new BigDecimal(kg), null);
	}

	Quote quote(String shipFrom, String destination, Incoterm incoterm, LocalDate date, String shipping,
			String currency, Item... items) {
		var request = new QuoteRequest(shipFrom, destination, null, incoterm, date, List.of(items),
				Money.of(shipping, currency), null, null, null);
		return engine.quote(RULES, request, FX, Instant.now(), Duration.ofMinutes(30));
	}

	static List<QuoteLine> lines(Quote quote, LineType type) {
		return LandedCostWorkedExamplesTest.lines(quote, type);
	}

	static String amount(Quote quote, LineType type) {
		return LandedCostWorkedExamplesTest.amount(quote, type);
	}

	@Test
	void euFlatDutyIsInTheVatBaseAndUnderIossNothingIsDueAtTheDoor() {
		// Finnish tea (13.5% since 2026-01-01), 100 + 10 shipping, bought DAP: under IOSS
		// the seller collects the EUR 3 flat duty and VAT on 100 + 10 + 3 = 113 → 15.255
		// → 15.26 (VAT Directive art. 86: duties are part of the taxable amount).
		Quote q = quote("CN", "FI", Incoterm.DAP, DEC_2026, "10.00", "EUR", item("090230", "CN", 1, "100.00", "EUR", "0.2"));
		assertThat(amount(q, LineType.DUTY)).isEqualTo("3.00");
		assertThat(amount(q, LineType.VAT)).isEqualTo("15.26");
		assertThat(q.lines()).filteredOn(line -> line.type() != LineType.GOODS && line.type() != LineType.SHIPPING)
			.extracting(QuoteLine::collected)
			.containsOnly(Collected.AT_CHECKOUT);
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("0.00", "EUR"));
		assertThat(q.totals().total()).isEqualTo(Money.of("128.26", "EUR"));
	}

	@Test
	void franceSmallParcelTaxIsOwedBySellerPerItemCategoryUnder150() {
		Quote q = quote("CN", "FR", Incoterm.DAP, DEC_2026, "0", "EUR", item("090230", "CN", 1, "30.00", "EUR", "0.2"),
				item("090230", "CN", 2, "10.00", "EUR", "0.2"), item("732393", "CN", 1, "50.00", "EUR", "2"));
		QuoteLine fee = lines(q, LineType.FEE).get(0);
		// two sub-headings (090230, 732393) × EUR 2, owed by the seller
		assertThat(fee.amount()).isEqualTo(Money.of("4.00", "EUR"));
		assertThat(fee.collected()).isEqualTo(Collected.BY_SELLER);
		assertThat(fee.reason()).isEqualTo("fee.perSubheading.unverified");
		assertThat(q.totals().fees()).isEqualTo(Money.of("0.00", "EUR"));
		Money buyerPays = q.totals().dueAtCheckout().plus(q.totals().dueAtBorder());
		assertThat(q.totals().total()).isEqualTo(buyerPays);
		assertThat(lines(q, LineType.GOODS).stream().map(QuoteLine::amount).reduce(Money::plus).orElseThrow()
			.plus(lines(q, LineType.DUTY).stream().map(QuoteLine::amount).reduce(Money::plus).orElseThrow())
			.plus(lines(q, LineType.VAT).stream().map(QuoteLine::amount).reduce(Money::plus).orElseThrow()))
			.as("the buyer pays goods, duty and VAT, not the seller's fee")
			.isEqualTo(q.totals().total());

		Quote at150 = quote("CN", "FR", Incoterm.DDP, DEC_2026, "0", "EUR",
				item("090230", "CN", 1, "150.00", "EUR", "0.2"));
		assertThat(lines(at150, LineType.FEE)).as("only parcels under EUR 150").isEmpty();
	}

	@Test
	void koreaGoesByShipFromCountryAndFoodKeepsTheLowerLimit() {
		// USD 180 of crafts of Chinese origin shipped from the US: under the USD 200 limit
		Quote fromUs = quote("US", "KR", Incoterm.DAP, DEC_2026, "0", "USD",
				item("442090", "CN", 1, "180.00", "USD", "0.5"));
		assertThat(amount(fromUs, LineType.DUTY)).isEqualTo("0");
		assertThat(amount(fromUs, LineType.VAT)).isEqualTo("0");
		// the same goods shipped from China: over USD 150, dutiable
		Quote fromChina = quote("CN", "KR", Incoterm.DAP, DEC_2026, "0", "USD",
				item("442090", "CN", 1, "180.00", "USD", "0.5"));
		assertThat(new BigDecimal(amount(fromChina, LineType.DUTY))).isPositive();
		// food shipped from the US keeps USD 150: USD 180 of sauce is dutiable
		Quote food = quote("US", "KR", Incoterm.DAP, DEC_2026, "0", "USD",
				item("210390", "US", 1, "180.00", "USD", "0.5"));
		assertThat(new BigDecimal(amount(food, LineType.DUTY))).isPositive();
	}

	@Test
	void russiaUsedEur1000Until2024April() {
		// EUR 900 and 5 kg: free under the 2022-2024 allowance of EUR 1,000
		Quote q2023 = quote("CN", "RU", Incoterm.DAP, LocalDate.of(2023, 6, 1), "0", "EUR",
				item("732393", "CN", 1, "900.00", "EUR", "5"));
		assertThat(amount(q2023, LineType.DUTY)).isEqualTo("0.00");
		assertThat(lines(q2023, LineType.DUTY).get(0).ruleId()).isEqualTo("EAEU-PERSONAL-1000-31-2022");
		// since 2024-04-01: 15% of the EUR 700 over EUR 200 = EUR 105 = RUB 10,500
		Quote q2026 = quote("CN", "RU", Incoterm.DAP, DEC_2026, "0", "EUR", item("732393", "CN", 1, "900.00", "EUR", "5"));
		assertThat(amount(q2026, LineType.DUTY)).isEqualTo("10500.00");
		// 2018: 30% of the EUR 100 over EUR 1,000 = EUR 30, or EUR 4 per kg over 31 kg
		// (9 kg: EUR 36): the higher, EUR 36 = RUB 3,600
		Quote q2018 = quote("CN", "RU", Incoterm.DAP, LocalDate.of(2018, 6, 1), "0", "EUR",
				item("732393", "CN", 1, "1100.00", "EUR", "40"));
		assertThat(amount(q2018, LineType.DUTY)).isEqualTo("3600.00");
	}

	@Test
	void chinaLimitsBefore2019WereCny2000PerTransaction() {
		Quote q2018 = quote("JP", "CN", Incoterm.DDP, LocalDate.of(2018, 6, 1), "0", "CNY",
				item("090230", "JP", 2, "1200.00", "CNY", "0.5"));
		assertThat(q2018.refusals()).extracting(Quote.Refusal::code).containsExactly("CN_CBEC_TRANSACTION_LIMIT");
		assertThat(q2018.refusals().get(0).args()).containsEntry("limit", "2000 CNY");
		Quote q2026 = quote("JP", "CN", Incoterm.DDP, DEC_2026, "0", "CNY",
				item("090230", "JP", 2, "1200.00", "CNY", "0.5"));
		assertThat(q2026.accepted()).isTrue();
	}

	@Test
	void cambodiaFreesExpressParcelsUpToUsd50() {
		Quote small = quote("CN", "KH", Incoterm.DAP, DEC_2026, "0", "USD", item("442090", "CN", 1, "50.00", "USD", "1"));
		assertThat(amount(small, LineType.DUTY)).isEqualTo("0.00");
		assertThat(amount(small, LineType.VAT)).isEqualTo("0.00");
		Quote over = quote("CN", "KH", Incoterm.DAP, DEC_2026, "0", "USD", item("442090", "CN", 1, "50.01", "USD", "1"));
		assertThat(new BigDecimal(amount(over, LineType.VAT))).isPositive();
		assertThat(lines(over, LineType.DUTY).get(0).ruleId()).isEqualTo("KH-DUTY-DEMO-DEFAULT");
	}


	@Test
	void japanValuesPersonalImportsAt60PercentAndTruncatesTheTax() {
		TariffLines japan = BundledIndexes.only("JP");
		// JPY 15,000 of green tea + 1,000 shipping: 60% × 15,000 + 1,000 = 10,000, within
		// the JPY 10,000 exemption (without the 60% rule: 16,000, dutiable)
		Quote small = quoteWith(japan, "JP", item("090210", "CN", 1, "15000", "JPY", "0.5"), "1000");
		assertThat(amount(small, LineType.DUTY)).isEqualTo("0");
		assertThat(amount(small, LineType.CONSUMPTION_TAX)).isEqualTo("0");
		assertThat(lines(small, LineType.DUTY).get(0).ruleId()).isEqualTo("JP-EXEMPT-10000");

		Quote q = quoteWith(japan, "JP", new Item("090210", "CN", 1, Money.of("30500", "JPY"), new BigDecimal("0.5"),
				null, "090210000"), "1000");
		// customs value 60% × 30,500 + 1,000 = 19,300; duty 17% (line 090210000) = 3,281;
		// consumption tax 8% on 19,300 + 3,281 = 22,581, truncated to 22,000 → 1,760,
		// truncated to 1,700
		assertThat(amount(q, LineType.DUTY)).isEqualTo("3281");
		assertThat(lines(q, LineType.DUTY).get(0).base()).isEqualTo(Money.of("19300", "JPY"));
		QuoteLine tax = lines(q, LineType.CONSUMPTION_TAX).get(0);
		assertThat(tax.base()).isEqualTo(Money.of("22000", "JPY"));
		assertThat(tax.amount()).isEqualTo(Money.of("1700", "JPY"));
		assertThat(tax.reason()).isEqualTo("tax.dap.truncated");

		// a business buying for resale is valued at the full price
		var business = new QuoteRequest("CN", "JP", null, Incoterm.DAP, DEC_2026,
				List.of(item("090210", "CN", 1, "15000", "JPY", "0.5")), Money.of("1000", "JPY"), null, null, null,
				new QuoteRequest.Buyer(QuoteRequest.BuyerType.BUSINESS, "T1234567890123"));
		Quote resale = engine.quote(RULES, japan, business, FX, Instant.now(), Duration.ofMinutes(30));
		assertThat(lines(resale, LineType.DUTY).get(0).base()).isEqualTo(Money.of("16000", "JPY"));
	}

	@Test
	void usDeMinimisEndedByOriginThenForAllAndFormalEntriesPayTheProcessingFee() {
		TariffLines us = BundledIndexes.only("US");
		// 2025-06-01: USD 100 of Japanese tea still under de minimis; Chinese tea not (since
		// 2025-05-02)
		Quote japanese = quoteOn(us, LocalDate.of(2025, 6, 1), item("090210", "JP", 1, "100.00", "USD", "0.5"));
		assertThat(lines(japanese, LineType.DUTY).get(0).ruleId()).isEqualTo("US-DE-MINIMIS-800-NOT-CN-HK");
		assertThat(amount(japanese, LineType.DUTY)).isEqualTo("0.00");
		Quote chinese = quoteOn(us, LocalDate.of(2025, 6, 1), item("090210", "CN", 1, "100.00", "USD", "0.5"));
		assertThat(lines(chinese, LineType.DUTY)).extracting(QuoteLine::ruleId)
			.noneMatch(id -> id.startsWith("US-DE-MINIMIS"));
		// dutiable, and no US tariff version of 2025 is loaded (HTS 2026 starts in 2026): refused,
		// never quoted at zero
		assertThat(chinese.refusals()).extracting(Quote.Refusal::code).containsExactly("DUTY_RATE_UNKNOWN");
		// since 2025-08-29 for every origin
		Quote later = quoteOn(us, DEC_2026, item("090210", "JP", 1, "100.00", "USD", "0.5"));
		assertThat(lines(later, LineType.DUTY)).extracting(QuoteLine::ruleId)
			.noneMatch(id -> id.startsWith("US-DE-MINIMIS"));
		assertThat(lines(later, LineType.FEE)).as("an informal entry: no formal-entry fee").isEmpty();
		// USD 3,000: a formal entry; 0.3464% = 10.39, below the FY2026 minimum of 33.58
		Quote formal = quoteOn(us, DEC_2026, item("090210", "JP", 1, "3000.00", "USD", "5"));
		QuoteLine fee = lines(formal, LineType.FEE).get(0);
		assertThat(fee.ruleId()).isEqualTo("US-MPF-FORMAL-FY2026");
		assertThat(fee.amount()).isEqualTo(Money.of("33.58", "USD"));
		// USD 300,000: 0.3464% = 1,039.20, above the maximum of 651.50
		Quote large = quoteOn(us, DEC_2026, item("090210", "JP", 100, "3000.00", "USD", "5"));
		assertThat(lines(large, LineType.FEE).get(0).amount()).isEqualTo(Money.of("651.50", "USD"));
		// a year earlier, the FY2025 limits
		Quote fy2025 = quoteOn(us, LocalDate.of(2025, 9, 30), item("090210", "JP", 1, "3000.00", "USD", "5"));
		assertThat(lines(fy2025, LineType.FEE).get(0).amount()).isEqualTo(Money.of("32.71", "USD"));
	}

	Quote quoteOn(TariffLines tariffs, LocalDate date, Item item) {
		var request = new QuoteRequest("CN", "US", null, Incoterm.DAP, date, List.of(item), Money.of("0", "USD"),
				null, null, null);
		return engine.quote(RULES, tariffs, request, FX, Instant.now(), Duration.ofMinutes(30));
	}

	Quote quoteWith(TariffLines tariffs, String destination, Item item, String shipping) {
		var request = new QuoteRequest("CN", destination, null, Incoterm.DAP, DEC_2026, List.of(item),
				Money.of(shipping, item.unitPrice().currency()), null, null, null);
		return engine.quote(RULES, tariffs, request, FX, Instant.now(), Duration.ofMinutes(30));
	}

}
