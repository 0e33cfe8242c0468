package org.twinport.pricing.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.QuoteRequest.Item;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples for every demo market, computed by hand from the rules in
 * {@code demo-rules-2026-11.json} with the round rates of {@link FixedRates} (1 EUR = 7.8
 * CNY = 100 RUB = 160 JPY = 0.85 GBP = 1.08 USD = 1.65 AUD). Each threshold is tested at
 * its edge.
 */
class LandedCostWorkedExamplesTest {

	static final CompiledRuleSet RULES = demoRules();

	static final LocalDate NOV_2026 = LocalDate.of(2026, 11, 28);

	private final LandedCostEngine engine = new LandedCostEngine();

	static CompiledRuleSet demoRules() {
		try (InputStream in = LandedCostWorkedExamplesTest.class
			.getResourceAsStream("/pricing/demo-rules-2026-11.json")) {
			return RuleSetParser.parse(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static Item item(String hs, String origin, int quantity, String price, String currency, String kg) {
		return new Item(hs, origin, quantity, Money.of(price, currency), new BigDecimal(kg), null);
	}

	Quote quote(String destination, Incoterm incoterm, LocalDate date, String shipping, String currency,
			Item... items) {
		return quote(destination, incoterm, date, shipping, currency, null, items);
	}

	Quote quote(String destination, Incoterm incoterm, LocalDate date, String shipping, String currency, Money annual,
			Item... items) {
		var request = new QuoteRequest("CN", destination, null, incoterm, date, List.of(items),
				Money.of(shipping, currency), null, null, annual);
		return engine.quote(RULES, request, FixedRates.handy(), Instant.parse("2026-11-28T10:00:00Z"),
				Duration.ofMinutes(30));
	}

	static List<QuoteLine> lines(Quote quote, LineType type) {
		return quote.lines().stream().filter(line -> line.type() == type).toList();
	}

	static String amount(Quote quote, LineType type) {
		return lines(quote, type).stream()
			.map(QuoteLine::amount)
			.reduce(Money::plus)
			.map(m -> m.amount().toPlainString())
			.orElse("none");
	}

	@Test
	void finlandAt150EurIsIossWithTheFlatDutySinceJuly2026() {
		Quote q = quote("FI", Incoterm.DAP, NOV_2026, "10.00", "EUR", item("090210", "CN", 1, "150.00", "EUR", "0.5"));
		assertThat(amount(q, LineType.DUTY)).isEqualTo("3.00");
		assertThat(lines(q, LineType.DUTY).get(0).ruleId()).isEqualTo("EU-FLAT-DUTY-3");
		// VAT 25.5% of the price charged plus the duty (VAT Directive 2006/112/EC art. 86:
		// duties are part of the taxable amount), 150 + 10 + 3 = 163.00 → 41.565 → 41.57,
		// collected by the seller under IOSS
		QuoteLine vat = lines(q, LineType.VAT).get(0);
		assertThat(vat.amount()).isEqualTo(Money.of("41.57", "EUR"));
		assertThat(vat.collected()).isEqualTo(Collected.AT_CHECKOUT);
		assertThat(vat.reason()).isEqualTo("tax.pointOfSale");
		assertThat(vat.args()).containsEntry("regime", "msg:line.label.IOSS|IOSS");
		// Under IOSS the buyer owes nothing at the door, whatever the incoterm: the flat
		// duty is collected at checkout too.
		assertThat(lines(q, LineType.DUTY).get(0).collected()).isEqualTo(Collected.AT_CHECKOUT);
		assertThat(q.totals().dueAtCheckout()).isEqualTo(Money.of("204.57", "EUR"));
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("0.00", "EUR"));
		assertThat(q.totals().total()).isEqualTo(Money.of("204.57", "EUR"));
		assertThat(q.ruleSetVersion()).isEqualTo("demo-2026.11");
	}

	@Test
	void finlandAt150Point01EurPaysTariffDutyAndImportVatAtTheBorder() {
		Quote q = quote("FI", Incoterm.DAP, NOV_2026, "10.00", "EUR", item("090210", "CN", 1, "150.01", "EUR", "0.5"));
		// duty 3.2% of CIF 160.01 = 5.12032 → 5.12; VAT 25.5% of (160.01 + 5.12032) =
		// 42.1082... → 42.11
		assertThat(amount(q, LineType.DUTY)).isEqualTo("5.12");
		assertThat(amount(q, LineType.VAT)).isEqualTo("42.11");
		assertThat(lines(q, LineType.VAT).get(0).collected()).isEqualTo(Collected.AT_BORDER);
		assertThat(q.totals().dueAtCheckout()).isEqualTo(Money.of("160.01", "EUR"));
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("47.23", "EUR"));
	}

	@Test
	void ddpMovesBorderChargesToCheckout() {
		Quote q = quote("FI", Incoterm.DDP, NOV_2026, "10.00", "EUR", item("090210", "CN", 1, "150.01", "EUR", "0.5"));
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("0.00", "EUR"));
		assertThat(q.totals().dueAtCheckout()).isEqualTo(Money.of("207.24", "EUR"));
	}

	@Test
	void beforeJuly2026LowValueConsignmentsPaidNoEuDuty() {
		Quote q = quote("FI", Incoterm.DAP, LocalDate.of(2026, 6, 30), "10.00", "EUR",
				item("090210", "CN", 1, "150.00", "EUR", "0.5"));
		assertThat(amount(q, LineType.DUTY)).isEqualTo("0.00");
		assertThat(lines(q, LineType.DUTY).get(0).ruleId()).isEqualTo("EU-DUTY-RELIEF-150");
		assertThat(amount(q, LineType.VAT)).isEqualTo("40.80");
	}

	@Test
	void flatDutyCountsTariffSubheadingsNotLines() {
		Quote q = quote("DE", Incoterm.DAP, NOV_2026, "0", "EUR", item("090210", "CN", 1, "20.00", "EUR", "0.1"),
				item("090230", "CN", 1, "20.00", "EUR", "0.1"), item("090210", "CN", 2, "10.00", "EUR", "0.1"));
		assertThat(amount(q, LineType.DUTY)).isEqualTo("6.00");
		// 19% of each item's price plus its share of the 6.00 duty: 3.80 + 1.14 each
		// (20 + 2), (20 + 2), (20 + 2) → 4.18 × 3
		assertThat(amount(q, LineType.VAT)).isEqualTo("12.54");
	}

	@Test
	void bulgariaUsesTheEuroAnd20PercentVat() {
		Quote q = quote("BG", Incoterm.DAP, NOV_2026, "5.00", "EUR", item("732391", "CN", 2, "40.00", "EUR", "2"));
		// IOSS: 20% of 80 + 5 shipping + 3 flat duty = 17.60
		assertThat(amount(q, LineType.VAT)).isEqualTo("17.60");
		assertThat(q.currency()).isEqualTo("EUR");
	}

	@Test
	void franceAddsItsHandlingFeePerLine() {
		Quote q = quote("FR", Incoterm.DAP, NOV_2026, "0", "EUR", item("090210", "CN", 1, "30.00", "EUR", "0.2"),
				item("732391", "CN", 1, "50.00", "EUR", "2"));
		assertThat(amount(q, LineType.FEE)).isEqualTo("4.00");
		assertThat(lines(q, LineType.FEE).get(0).reason()).isEqualTo("fee.unverified");
	}

	@Test
	void ukAt135GbpChargesVatAtSaleAndNoDuty() {
		Quote q = quote("GB", Incoterm.DAP, NOV_2026, "5.00", "GBP", item("732391", "CN", 1, "135.00", "GBP", "3"));
		assertThat(amount(q, LineType.DUTY)).isEqualTo("0.00");
		assertThat(amount(q, LineType.VAT)).isEqualTo("28.00");
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("0.00", "GBP"));
	}

	@Test
	void ukAbove135GbpPaysDutyAndImportVat() {
		Quote q = quote("GB", Incoterm.DAP, NOV_2026, "5.00", "GBP", item("732391", "CN", 1, "135.01", "GBP", "3"));
		// duty 4% of 140.01 = 5.6004 → 5.60; VAT 20% of 145.6104 = 29.12208 → 29.12
		assertThat(amount(q, LineType.DUTY)).isEqualTo("5.60");
		assertThat(amount(q, LineType.VAT)).isEqualTo("29.12");
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("34.72", "GBP"));
	}

	@Test
	void japanExemptsCustomsValueUpTo10000Yen() {
		Quote q = quote("JP", Incoterm.DAP, NOV_2026, "1000", "JPY", item("090210", "CN", 1, "9000", "JPY", "0.5"));
		assertThat(amount(q, LineType.DUTY)).isEqualTo("0");
		assertThat(amount(q, LineType.CONSUMPTION_TAX)).isEqualTo("0");
	}

	@Test
	void japanAbove10000YenChargesDutyAndTheReducedFoodRate() {
		Quote q = quote("JP", Incoterm.DAP, NOV_2026, "1001", "JPY", item("090210", "CN", 1, "9000", "JPY", "0.5"));
		// duty 5% of 10001 = 500.05 → 500; consumption tax 8% of 10501.05 = 840.084 → 840
		assertThat(amount(q, LineType.DUTY)).isEqualTo("500");
		assertThat(amount(q, LineType.CONSUMPTION_TAX)).isEqualTo("840");
		assertThat(lines(q, LineType.CONSUMPTION_TAX).get(0).ruleId()).isEqualTo("JP-CT-8-FOOD");
	}

	@Test
	void japanDesignatedGoodsAreNeverExempt() {
		Quote q = quote("JP", Incoterm.DAP, NOV_2026, "0", "JPY", item("420221", "CN", 1, "5000", "JPY", "1"));
		assertThat(amount(q, LineType.DUTY)).isEqualTo("250");
		assertThat(amount(q, LineType.CONSUMPTION_TAX)).isEqualTo("525");
	}

	@Test
	void australiaAt1000AudCollectsGstAtSaleWithoutDuty() {
		Quote q = quote("AU", Incoterm.DAP, NOV_2026, "20.00", "AUD", item("732391", "CN", 1, "1000.00", "AUD", "3"));
		assertThat(amount(q, LineType.DUTY)).isEqualTo("0.00");
		assertThat(amount(q, LineType.GST)).isEqualTo("102.00");
		assertThat(lines(q, LineType.GST).get(0).collected()).isEqualTo(Collected.AT_CHECKOUT);
	}

	@Test
	void australiaAbove1000AudPaysFobDutyAndGstOnTheValueOfTheTaxableImportation() {
		Quote q = quote("AU", Incoterm.DAP, NOV_2026, "20.00", "AUD", item("732391", "CN", 1, "1000.01", "AUD", "3"));
		// duty 5% of FOB 1000.01 = 50.0005 → 50.00; GST 10% of (1000.01 + 50.0005 + 20) =
		// 107.00105 → 107.00
		assertThat(amount(q, LineType.DUTY)).isEqualTo("50.00");
		assertThat(amount(q, LineType.GST)).isEqualTo("107.00");
		assertThat(lines(q, LineType.GST).get(0).collected()).isEqualTo(Collected.AT_BORDER);
	}

	@Test
	void russiaIsFreeUpTo200EurAnd31Kg() {
		Quote q = quote("RU", Incoterm.DAP, NOV_2026, "0", "EUR", item("732391", "CN", 1, "200.00", "EUR", "31"));
		assertThat(q.currency()).isEqualTo("RUB");
		assertThat(amount(q, LineType.DUTY)).isEqualTo("0.00");
	}

	@Test
	void russiaCharges15PercentOfTheValueOver200Eur() {
		Quote q = quote("RU", Incoterm.DAP, NOV_2026, "0", "EUR", item("732391", "CN", 1, "201.00", "EUR", "31"));
		// 15% of (20100 − 20000) RUB = 15.00 RUB
		assertThat(amount(q, LineType.DUTY)).isEqualTo("15.00");
	}

	@Test
	void russiaChargesAtLeast2EurPerKgOver31Kg() {
		Quote overweight = quote("RU", Incoterm.DAP, NOV_2026, "0", "EUR",
				item("732391", "CN", 1, "200.00", "EUR", "32"));
		assertThat(amount(overweight, LineType.DUTY)).isEqualTo("200.00");
		Quote both = quote("RU", Incoterm.DAP, NOV_2026, "0", "EUR", item("732391", "CN", 1, "300.00", "EUR", "35"));
		// max(15% × 100 EUR, 2 EUR × 4 kg) = 15 EUR = 1500 RUB
		assertThat(amount(both, LineType.DUTY)).isEqualTo("1500.00");
	}

	@Test
	void chinaCrossBorderRetailWithinTheLimitPays70PercentOfVat() {
		Quote q = quote("CN", Incoterm.DDP, NOV_2026, "10.00", "CNY", item("090210", "JP", 1, "4990.00", "CNY", "1"));
		// 13% × 70% = 9.1% of 5000.00
		assertThat(amount(q, LineType.VAT)).isEqualTo("455.00");
		assertThat(amount(q, LineType.DUTY)).isEqualTo("0.00");
		assertThat(q.refusals()).isEmpty();
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("0.00", "CNY"));
	}

	@Test
	void chinaConsumptionTaxGrossesUp() {
		Quote q = quote("CN", Incoterm.DDP, NOV_2026, "0", "CNY", item("330499", "KR", 1, "1000.00", "CNY", "0.3"));
		// CT 1000 × 15% / 85% × 70% = 123.529 → 123.53; VAT 1000 × 13% / 85% × 70% =
		// 107.059 → 107.06
		assertThat(amount(q, LineType.CONSUMPTION_TAX)).isEqualTo("123.53");
		assertThat(amount(q, LineType.VAT)).isEqualTo("107.06");
	}

	@Test
	void chinaRefusesSeveralItemsOverTheTransactionLimit() {
		Quote q = quote("CN", Incoterm.DDP, NOV_2026, "10.01", "CNY", item("090210", "JP", 2, "2495.00", "CNY", "1"));
		assertThat(q.refusals()).extracting(Quote.Refusal::code).containsExactly("CN_CBEC_TRANSACTION_LIMIT");
		assertThat(q.refusals().get(0).args()).containsEntry("limit", "5000 CNY").containsEntry("value", "5000.01 CNY");
		assertThat(lines(q, LineType.VAT)).isEmpty();
	}

	@Test
	void chinaTaxesASingleIndivisibleItemOverTheLimitInFull() {
		Quote q = quote("CN", Incoterm.DDP, NOV_2026, "10.00", "CNY", item("850980", "JP", 1, "5990.00", "CNY", "4"));
		// duty 10% of 6000 = 600; VAT 13% of 6600 = 858
		assertThat(q.refusals()).isEmpty();
		assertThat(amount(q, LineType.DUTY)).isEqualTo("600.00");
		assertThat(amount(q, LineType.VAT)).isEqualTo("858.00");
	}

	@Test
	void chinaRefusesOrdersOverTheYearlyLimit() {
		Quote q = quote("CN", Incoterm.DDP, NOV_2026, "0", "CNY", Money.of("25000", "CNY"),
				item("090210", "JP", 1, "1000.01", "CNY", "1"));
		assertThat(q.refusals()).extracting(Quote.Refusal::code).containsExactly("CN_CBEC_ANNUAL_LIMIT");
		Quote atLimit = quote("CN", Incoterm.DDP, NOV_2026, "0", "CNY", Money.of("25000", "CNY"),
				item("090210", "JP", 1, "1000.00", "CNY", "1"));
		assertThat(atLimit.refusals()).isEmpty();
	}

	@Test
	void unitedStatesHasNoDeMinimisSinceAugust2025AndAddsOriginDuties() {
		Quote q = quote("US", Incoterm.DAP, NOV_2026, "20.00", "USD", item("732391", "CN", 1, "100.00", "USD", "3"));
		// FOB: 3.5% and an additional 25% on 100.00; shipping is not dutiable
		assertThat(amount(q, LineType.DUTY)).isEqualTo("28.50");
		assertThat(lines(q, LineType.DUTY)).extracting(QuoteLine::ruleId)
			.containsExactly("US-DUTY-DEMO-DEFAULT", "US-ADDITIONAL-CN-DEMO");
		Quote before = quote("US", Incoterm.DAP, LocalDate.of(2025, 8, 28), "20.00", "USD",
				item("732391", "CN", 1, "800.00", "USD", "3"));
		assertThat(amount(before, LineType.DUTY)).isEqualTo("0.00");
	}

	@Test
	void koreaListClearanceDependsOnOriginAndGoods() {
		Quote general = quote("KR", Incoterm.DAP, NOV_2026, "0", "USD", item("732391", "CN", 1, "100.00", "USD", "3"));
		assertThat(amount(general, LineType.VAT)).isEqualTo("0");
		var fromUs = new QuoteRequest("US", "KR", null, Incoterm.DAP, NOV_2026,
				List.of(item("732391", "US", 1, "180.00", "USD", "3")), Money.of("0", "USD"), null, null, null);
		Quote us = engine.quote(RULES, fromUs, FixedRates.handy(), Instant.now(), Duration.ofMinutes(30));
		assertThat(amount(us, LineType.DUTY)).isEqualTo("0");
		var usFood = new QuoteRequest("US", "KR", null, Incoterm.DAP, NOV_2026,
				List.of(item("210690", "US", 1, "180.00", "USD", "3")), Money.of("0", "USD"), null, null, null);
		Quote food = engine.quote(RULES, usFood, FixedRates.handy(), Instant.now(), Duration.ofMinutes(30));
		// 180 USD = 241666.67 KRW → 241667; duty 8% = 19333.36 → 19333
		assertThat(amount(food, LineType.DUTY)).isEqualTo("19333");
	}

	@Test
	void resultCanBeShownInAnotherCurrency() {
		var request = new QuoteRequest("CN", "FI", null, Incoterm.DAP, NOV_2026,
				List.of(item("090210", "CN", 1, "150.00", "EUR", "0.5")), Money.of("10", "EUR"), null, "CNY", null);
		Quote q = engine.quote(RULES, request, FixedRates.handy(), Instant.now(), Duration.ofMinutes(30));
		assertThat(q.currency()).isEqualTo("CNY");
		// 41.57 EUR × 7.8 = 324.246 → 324.25
		assertThat(amount(q, LineType.VAT)).isEqualTo("324.25");
	}

	@Test
	void unknownMarketsAndHsChaptersAreNamed() {
		assertThatThrownBy(
				() -> quote("BR", Incoterm.DAP, NOV_2026, "0", "EUR", item("090210", "CN", 1, "1", "EUR", "1")))
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).field())
			.isEqualTo("destination");
		assertThatThrownBy(
				() -> quote("FI", Incoterm.DAP, NOV_2026, "0", "EUR", item("770000", "CN", 1, "1", "EUR", "1")))
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).field())
			.isEqualTo("items[0].hsCode");
	}

	@Test
	void ruleSetsWithoutSourcesAreRefused() {
		String document = """
				{"format": "twinport-landed-cost-rules/1", "version": "bad", "markets": {"FI": {"currency": "EUR",
				 "taxes": [{"id": "X", "type": "VAT", "rate": "24"}]}}}""";
		assertThatThrownBy(() -> RuleSetParser.parse(document)).isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).field())
			.isEqualTo("markets.FI.taxes[0].source");
	}

}
