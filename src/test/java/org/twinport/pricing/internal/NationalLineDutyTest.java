package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.QuoteRequest.Item;
import org.twinport.pricing.tariff.BundledIndexes;
import org.twinport.pricing.tariff.TariffLines;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Duty from the bundled national schedules, line by line, with the rate texts as the
 * files write them (quoted in each test) and the round rates of {@link FixedRates}. The
 * rule set's own base duty is 99% everywhere, so a duty taken from it instead of the line
 * shows at once. Customs values are FOB (goods alone), so bases are the goods' price.
 */
class NationalLineDutyTest {

	static final CompiledRuleSet RULES = RuleSetParser.parse("""
			{"format": "twinport-landed-cost-rules/1", "version": "test-tariffs",
			 "groups": {"EU": {"currency": "EUR", "customsValue": "FOB", "tariff": "EU",
			                   "duties": [{"id": "EU-DUTY-99", "rate": "99", "source": "test"}]}},
			 "markets": {
			  "FI": {"group": "EU"},
			  "US": {"currency": "USD", "customsValue": "FOB", "tariff": "US",
			         "duties": [{"id": "US-DUTY-99", "rate": "99", "source": "test"},
			                    {"id": "US-301-CN", "rate": "25", "origins": ["CN"], "additional": true, "source": "test"}]},
			  "GB": {"currency": "GBP", "customsValue": "FOB", "tariff": "GB",
			         "duties": [{"id": "GB-DUTY-99", "rate": "99", "source": "test"}]},
			  "JP": {"currency": "JPY", "customsValue": "FOB", "tariff": "JP",
			         "duties": [{"id": "JP-DUTY-99", "rate": "99", "source": "test"}]},
			  "AU": {"currency": "AUD", "customsValue": "FOB", "tariff": "AU",
			         "duties": [{"id": "AU-DUTY-5", "rate": "5", "source": "test"}]},
			  "KR": {"currency": "KRW", "customsValue": "FOB",
			         "duties": [{"id": "KR-DUTY-8", "rate": "8", "source": "test"}]}}}""");

	static final LocalDate DATE = LocalDate.of(2026, 11, 28);

	private final LandedCostEngine engine = new LandedCostEngine();

	private final TariffLines schedules = BundledIndexes.all();

	static Item item(String hs, String nationalCode, int quantity, String price, String currency, String kg) {
		return new Item(hs, "FI", quantity, Money.of(price, currency), new BigDecimal(kg), null, nationalCode);
	}

	Quote quote(String destination, Item... items) {
		return quote(destination, schedules, items);
	}

	Quote quote(String destination, TariffLines tariffs, Item... items) {
		var request = new QuoteRequest("FI", destination, null, Incoterm.DAP, DATE, List.of(items), null, null,
				null, null);
		return engine.quote(RULES, tariffs, request, FixedRates.handy(), Instant.parse("2026-11-28T10:00:00Z"),
				Duration.ofMinutes(30));
	}

	static List<QuoteLine> duties(Quote quote) {
		return quote.lines().stream().filter(line -> line.type() == LineType.DUTY).toList();
	}

	static QuoteLine duty(Quote quote) {
		assertThat(quote.refusals()).as("refusals").isEmpty();
		List<QuoteLine> duties = duties(quote);
		assertThat(duties).hasSize(1);
		return duties.get(0);
	}

	@Test
	void aUsLineInCentsPerKilogramChargesTheItemsWeight() {
		// HTS 0409.00.00 natural honey: "1.9¢/kg", and every 10-digit line under it inherits it.
		Quote q = quote("US", item("040900", null, 100, "6.00", "USD", "0.5"));
		QuoteLine duty = duty(q);
		// 100 × 0.5 kg = 50 kg × USD 0.019 = USD 0.95 (not 99% of USD 600).
		assertThat(duty.amount()).isEqualTo(Money.of("0.95", "USD"));
		assertThat(duty.reason()).isEqualTo("duty.tariff");
		assertThat(duty.args()).containsEntry("rate", "1.9¢/kg")
			.containsEntry("nationalCode", "04090000")
			.containsEntry("version", "HTS-2026-rev10");
		assertThat(duty.estimate()).isFalse();
		assertThat(duty.rate()).isNull();
		assertThat(duty.ruleId()).isEqualTo("HTS-2026-rev10:04090000");
		assertThat(duty.source()).contains("USITC");
		assertThat(q.tariffVersion()).isEqualTo("HTS-2026-rev10");
	}

	@Test
	void aUsCompoundLineAddsItsTermsAndDutiesByOriginStillAdd() {
		// HTS 2106.90.15.00: "8.4¢/kg + 1.9%". 10 × 1 kg × USD 0.084 = 0.84; 1.9% of USD 200 = 3.80.
		Item fromFinland = item("210690", "2106901500", 10, "20.00", "USD", "1");
		assertThat(duty(quote("US", fromFinland)).amount()).isEqualTo(Money.of("4.64", "USD"));

		Item fromChina = new Item("210690", "CN", 10, Money.of("20.00", "USD"), BigDecimal.ONE, null, "2106901500");
		Quote q = quote("US", fromChina);
		assertThat(duties(q)).extracting(QuoteLine::amount)
			.containsExactly(Money.of("4.64", "USD"), Money.of("50.00", "USD"));
		assertThat(duties(q).get(1).ruleId()).isEqualTo("US-301-CN");
		assertThat(q.totals().duty()).isEqualTo(Money.of("54.64", "USD"));
	}

	@Test
	void usLinesPerItemPairHeadAndDozenChargeTheQuantity() {
		// 0105.11.00.10 chickens "0.9¢ each": 100 × USD 0.009.
		assertThat(duty(quote("US", item("010511", "0105110010", 100, "2.00", "USD", "0.05"))).amount())
			.isEqualTo(Money.of("0.90", "USD"));
		// 6402.19.50.31 sports footwear "76¢/pr. + 32%": 10 pairs × USD 0.76 + 32% of USD 50.
		assertThat(duty(quote("US", item("640219", "6402195031", 10, "5.00", "USD", "0.8"))).amount())
			.isEqualTo(Money.of("23.60", "USD"));
		// 0104.20.00.00 goats "68¢/head": 3 × USD 0.68.
		assertThat(duty(quote("US", item("010420", "0104200000", 3, "150.00", "USD", "40"))).amount())
			.isEqualTo(Money.of("2.04", "USD"));
		// 0407.11.00.00 eggs "2.8¢/doz.": 1,200 eggs = 100 dozen × USD 0.028.
		assertThat(duty(quote("US", item("040711", "0407110000", 1200, "0.50", "USD", "0.06"))).amount())
			.isEqualTo(Money.of("2.80", "USD"));
	}

	@Test
	void aJapaneseWhicheverIsHigherLineChargesTheHigherAlternative() {
		// 0408.19.000 egg yolks "20%又は48円/kgのうちいずれか高い税率".
		Item dear = item("040819", "040819000", 1, "10000", "JPY", "10");
		QuoteLine byValue = duty(quote("JP", dear));
		// 20% of ¥10,000 = ¥2,000 > 10 kg × ¥48 = ¥480.
		assertThat(byValue.amount()).isEqualTo(Money.of("2000", "JPY"));
		assertThat(byValue.args()).containsEntry("rate", "20%又は48円/kgのうちいずれか高い税率");
		Item cheap = item("040819", "040819000", 1, "1000", "JPY", "10");
		// 20% of ¥1,000 = ¥200 < ¥480.
		assertThat(duty(quote("JP", cheap)).amount()).isEqualTo(Money.of("480", "JPY"));
		// 0203.11.020 pork carcasses "361円/kg": 2 × 5 kg × ¥361.
		assertThat(duty(quote("JP", item("020311", "020311020", 2, "3000", "JPY", "5"))).amount())
			.isEqualTo(Money.of("3610", "JPY"));
	}

	@Test
	void euAndUkCompoundLinesChargeByTheHundredKilogramsAndSayTheirTariffIsOld() {
		// CN 0102.29.10 live cattle ≤ 80 kg, CET 2020: "10.20% + 93.10 EUR / 100 kg".
		QuoteLine eu = duty(quote("FI", item("010229", "01022910", 1, "1000.00", "EUR", "50")));
		// 10.2% of €1,000 = €102 + 50 kg × €0.931 = €46.55.
		assertThat(eu.amount()).isEqualTo(Money.of("148.55", "EUR"));
		assertThat(eu.reason()).isEqualTo("duty.tariff.dated");
		assertThat(eu.args()).containsEntry("version", "CET-2020").containsEntry("validFrom", "2020-01-01");
		// The same line in the UK Global Tariff 2021: "10.00% + 77.00 GBP/100kg".
		QuoteLine uk = duty(quote("GB", item("010229", "01022910", 1, "1000.00", "GBP", "50")));
		assertThat(uk.amount()).isEqualTo(Money.of("138.50", "GBP"));
		assertThat(uk.args()).containsEntry("version", "UKGT-2021-01-01").containsEntry("rate", "10.00% + 77.00 GBP/100kg");
		// An ad valorem line fills the line's rate: CN 0902.10.00 green tea "3.2%" (UKGT "0.0%").
		QuoteLine tea = duty(quote("FI", item("090210", "09021000", 2, "50.00", "EUR", "0.1")));
		assertThat(tea.amount()).isEqualTo(Money.of("3.20", "EUR"));
		assertThat(tea.rate()).isEqualByComparingTo("3.2");
	}

	@Test
	void anAustralianLineInDollarsIsInAustralianDollars() {
		// 0406.40.90 (statistical code 11) blue-veined cheese "$1.220/kg": 4 kg × A$1.22.
		QuoteLine cheese = duty(quote("AU", item("040640", "0406409011", 8, "12.00", "AUD", "0.5")));
		assertThat(cheese.amount()).isEqualTo(Money.of("4.88", "AUD"));
	}

	@Test
	void differentRatesUnderTheSubheadingQuoteTheHighestAsAnEstimate() {
		// Under HS 0902.10: 0902.10.10 flavoured "6.4%", 0902.10.90 other "Free".
		QuoteLine tea = duty(quote("US", item("090210", null, 2, "50.00", "USD", "0.1")));
		assertThat(tea.amount()).isEqualTo(Money.of("6.40", "USD"));
		assertThat(tea.estimate()).isTrue();
		assertThat(tea.reason()).isEqualTo("duty.tariff.varies");
		assertThat(tea.args()).containsEntry("nationalCode", "09021010")
			.containsEntry("rate", "6.4%")
			.containsEntry("hsCode", "090210");
		// Naming the line quotes it exactly.
		QuoteLine named = duty(quote("US", item("090210", "0902109015", 2, "50.00", "USD", "0.1")));
		assertThat(named.amount()).isEqualTo(Money.of("0.00", "USD"));
		assertThat(named.estimate()).isFalse();
		assertThat(named.rate()).isEqualByComparingTo("0");
	}

	@Test
	void aRateOnAMeasureTheRequestDoesNotGiveIsAnEstimate() {
		// 0711.20.28.00 olives "5.9¢/kg on drained weight": the gross weight stands in.
		QuoteLine olives = duty(quote("US", item("071120", "0711202800", 10, "3.00", "USD", "1")));
		assertThat(olives.amount()).isEqualTo(Money.of("0.59", "USD"));
		assertThat(olives.estimate()).isTrue();
		assertThat(olives.reason()).isEqualTo("duty.tariff.basis");
	}

	@Test
	void aRateItCannotComputeRefusesTheItemWithTheLineAndItsText() {
		// 0401.10.00.00 milk "0.34¢/liter": the request gives no volume.
		Quote milk = quote("US", item("040110", "0401100000", 10, "1.00", "USD", "1"));
		assertThat(milk.accepted()).isFalse();
		assertThat(milk.refusals()).singleElement().satisfies(refusal -> {
			assertThat(refusal.code()).isEqualTo("TARIFF_UNIT_UNKNOWN");
			assertThat(refusal.item()).isZero();
			assertThat(refusal.args()).containsEntry("nationalCode", "0401100000")
				.containsEntry("rate", "0.34¢/liter")
				.containsEntry("unit", "msg:line.tariff.unit.l|l")
				.containsEntry("version", "HTS-2026-rev10");
		});
		assertThat(duties(milk)).isEmpty();
		// Japan's bananas come twice with seasonal rates, kept as "20% | 25%": a person must choose.
		Quote bananas = quote("JP", item("080390", "080390100", 10, "100", "JPY", "1"));
		assertThat(bananas.refusals()).singleElement().satisfies(refusal -> {
			assertThat(refusal.code()).isEqualTo("TARIFF_RATE_UNREADABLE");
			assertThat(refusal.args()).containsEntry("rate", "20% | 25%");
		});
		// Japan's 0208.40.011 whale meat has no applied rate in the file (only a bound "(無税)").
		assertThat(quote("JP", item("020840", "020840011", 1, "5000", "JPY", "1")).refusals()).singleElement()
			.satisfies(refusal -> assertThat(refusal.code()).isEqualTo("TARIFF_RATE_MISSING"));
		// Honey is charged by weight, and the item weighs nothing.
		assertThat(quote("US", item("040900", null, 1, "6.00", "USD", "0")).refusals()).singleElement()
			.satisfies(refusal -> assertThat(refusal.code()).isEqualTo("TARIFF_WEIGHT_MISSING"));
		// Under HS 0401.20 the lines are per litre at different rates: the item must name its line.
		assertThat(quote("US", item("040120", null, 1, "2.00", "USD", "1")).refusals()).singleElement()
			.satisfies(refusal -> assertThat(refusal.code()).isEqualTo("TARIFF_LINE_REQUIRED"));
	}

	@Test
	void aNationalCodeMissingFromTheScheduleIsBadInput() {
		assertThatThrownBy(() -> quote("US", item("090210", null, 1, "5.00", "USD", "0.1"),
				item("090210", "0902109999", 1, "5.00", "USD", "0.1")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("items[1].nationalCode");
				assertThat(ex.reason().code()).isEqualTo("pricing.problem.notATariffLine");
				assertThat(ex.reason().args()).contains("0902109999");
			});
	}

	@Test
	void withoutALineUnderTheCodeTheRuleSetsRateIsAnEstimate() {
		// Chapter 28 is missing from the partial Australian schedule.
		QuoteLine chlorine = duty(quote("AU", item("280110", null, 1, "100.00", "AUD", "1")));
		assertThat(chlorine.amount()).isEqualTo(Money.of("5.00", "AUD"));
		assertThat(chlorine.estimate()).isTrue();
		assertThat(chlorine.reason()).isEqualTo("duty.tariff.missing");
		assertThat(chlorine.args()).containsEntry("version", "AU-S3-2026-04").containsEntry("hsCode", "280110");
	}

	@Test
	void withNoScheduleLoadedTheRuleSetsRateStandsAsBefore() {
		Quote q = quote("US", TariffLines.NONE, item("040900", null, 100, "6.00", "USD", "0.5"));
		QuoteLine duty = duty(q);
		assertThat(duty.amount()).isEqualTo(Money.of("594.00", "USD"));
		assertThat(duty.reason()).isEqualTo("duty");
		assertThat(q.tariffVersion()).isNull();
		// A market naming no schedule ignores them.
		assertThat(quote("KR", item("040900", null, 1, "10000", "KRW", "0.5")).tariffVersion()).isNull();
	}

	@Test
	void aScheduleNotYetInForceOnTheQuotesDateIsNotUsed() {
		var request = new QuoteRequest("FI", "JP", null, Incoterm.DAP, LocalDate.of(2026, 7, 8),
				List.of(item("020311", "020311020", 2, "3000", "JPY", "5")), null, null, null, null);
		Quote before = engine.quote(RULES, schedules, request, FixedRates.handy(),
				Instant.parse("2026-11-28T10:00:00Z"), Duration.ofMinutes(30));
		assertThat(before.tariffVersion()).isNull();
		assertThat(duty(before).ruleId()).isEqualTo("JP-DUTY-99");
	}

	@Test
	void theBenchmarkCartTakesEveryDutyFromTheSchedules() {
		CompiledRuleSet rules = TariffQuoteBenchmark.demoRulesNamingSchedules();
		for (String destination : List.of("US", "FI", "GB", "JP", "AU")) {
			Quote q = engine.quote(rules, schedules, TariffQuoteBenchmark.cart(destination), FixedRates.handy(),
					Instant.parse("2026-11-28T10:00:00Z"), Duration.ofMinutes(30));
			assertThat(q.refusals()).as(destination).isEmpty();
			assertThat(q.tariffVersion()).as(destination).isNotNull();
			assertThat(duties(q)).as(destination)
				.filteredOn(line -> line.reason().startsWith("duty.tariff"))
				.hasSize(3);
		}
	}

	@Test
	void aRuleSetMayNameOnlyAKnownSchedule() {
		assertThatThrownBy(() -> RuleSetParser.parse("""
				{"format": "twinport-landed-cost-rules/1", "version": "bad-tariff",
				 "markets": {"US": {"currency": "USD", "tariff": "UK",
				  "duties": [{"id": "US-DUTY", "rate": "3", "source": "test"}]}}}"""))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("markets.US.tariff"));
	}

}
