package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.twinport.pricing.QuoteRequest.Buyer;
import org.twinport.pricing.QuoteRequest.BuyerType;
import org.twinport.pricing.QuoteRequest.Item;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.twinport.pricing.internal.LandedCostWorkedExamplesTest.item;
import static org.twinport.pricing.internal.LandedCostWorkedExamplesTest.lines;

/**
 * Business buyers with a tax number under the consumer point-of-sale regimes, computed by
 * hand from {@code demo-rules-2026-11.json} with the rates of {@link FixedRates}:
 * <ul>
 * <li>EU: IOSS covers distance sales of imported goods, which are sales to customers who
 * are not taxable persons (Directive 2006/112/EC art. 14(4)(2), art. 369l,
 * https://eur-lex.europa.eu/eli/dir/2006/112/oj): a VAT-registered business imports with
 * import VAT on customs value plus duty, and deducts it.</li>
 * <li>UK: HMRC, "Charging VAT on goods sold direct to customers in the UK" (formerly "VAT
 * and overseas goods sold directly to customers in the UK"),
 * https://www.gov.uk/guidance/charging-vat-on-goods-sold-direct-to-customers-in-the-uk:
 * goods of £135 or less sold to a VAT-registered business that gives its VAT number are not
 * charged VAT; the business accounts for it by reverse charge.</li>
 * <li>AU: ATO, "Sales of low value imported goods to Australian GST-registered businesses"
 * (LCR 2018/1): a GST-registered business that gives its ABN is not charged GST.</li>
 * </ul>
 */
class BusinessBuyerWorkedExamplesTest {

	private static final CompiledRuleSet RULES = LandedCostWorkedExamplesTest.RULES;

	private static final LocalDate NOV_2026 = LandedCostWorkedExamplesTest.NOV_2026;

	private final LandedCostEngine engine = new LandedCostEngine();

	private Quote quote(String destination, Buyer buyer, String shipping, String currency, Item... items) {
		var request = new QuoteRequest("CN", destination, null, Incoterm.DAP, NOV_2026, List.of(items),
				Money.of(shipping, currency), null, null, null, buyer);
		BuyerTaxIds.check(request);
		return engine.quote(RULES, request, FixedRates.handy(), Instant.parse("2026-11-28T10:00:00Z"),
				Duration.ofMinutes(30));
	}

	private static Buyer business(String taxId) {
		return new Buyer(BuyerType.BUSINESS, taxId);
	}

	private static QuoteLine only(Quote quote, LineType type) {
		List<QuoteLine> found = lines(quote, type);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	void finnishBusinessUnder150EurIsOutsideIossAndOwesImportVatAtTheBorder() {
		Quote consumer = quote("FI", null, "10.00", "EUR", item("732391", "CN", 1, "150.00", "EUR", "2"));
		assertThat(only(consumer, LineType.VAT).reason()).isEqualTo("tax.pointOfSale");

		Quote q = quote("FI", business("FI12345678"), "10.00", "EUR", item("732391", "CN", 1, "150.00", "EUR", "2"));
		QuoteLine vat = only(q, LineType.VAT);
		assertThat(vat.reason()).isEqualTo("tax.business.import");
		assertThat(vat.args()).containsEntry("taxId", "FI12345678");
		assertThat(vat.collected()).isEqualTo(Collected.AT_BORDER);
		// import VAT 25.5% on the customs value (CIF 150 + 10) plus whatever duty the
		// rules charge the consignment (the EU duty rules are another part of issue 15)
		Money duty = lines(q, LineType.DUTY).stream().map(QuoteLine::amount).reduce(Money::plus).orElseThrow();
		Money base = Money.of("160.00", "EUR").plus(duty);
		assertThat(vat.base()).isEqualTo(base);
		assertThat(vat.amount().amount())
			.isEqualByComparingTo(base.amount().multiply(new BigDecimal("0.255")).setScale(2, RoundingMode.HALF_UP));
		// the seller collects no VAT: only goods and shipping at checkout
		assertThat(q.totals().dueAtCheckout()).isEqualTo(Money.of("160.00", "EUR"));
	}

	@Test
	void ukBusinessUpTo135GbpIsNotChargedVatAndAccountsForItByReverseCharge() {
		Quote q = quote("GB", business("GB123456789"), "5.00", "GBP", item("732391", "CN", 1, "135.00", "GBP", "3"));
		QuoteLine vat = only(q, LineType.VAT);
		assertThat(vat.reason()).isEqualTo("tax.business.reverseCharge");
		assertThat(vat.amount()).isEqualTo(Money.of("0.00", "GBP"));
		// 20% of the price charged, 135 + 5 = 140 → 28.00, for the business's own return
		assertThat(vat.base()).isEqualTo(Money.of("140.00", "GBP"));
		assertThat(vat.args()).containsEntry("amount", "28.00 GBP").containsEntry("taxId", "GB123456789");
		assertThat(vat.ruleId()).isEqualTo("GB-VAT-POS-135");
		assertThat(vat.source()).contains("gov.uk/guidance/charging-vat-on-goods-sold-direct-to-customers-in-the-uk");
		// the £135 relief from duty does not depend on the buyer
		assertThat(only(q, LineType.DUTY).amount()).isEqualTo(Money.of("0.00", "GBP"));
		assertThat(q.totals().total()).isEqualTo(Money.of("140.00", "GBP"));
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("0.00", "GBP"));
	}

	@Test
	void ukBusinessAbove135GbpImportsAsAnyoneDoes() {
		Quote q = quote("GB", business("GB123456789"), "5.00", "GBP", item("732391", "CN", 1, "135.01", "GBP", "3"));
		assertThat(only(q, LineType.VAT).reason()).isEqualTo("tax.dap");
	}

	@Test
	void australianBusinessGivingItsAbnIsNotChargedGstUpTo1000Aud() {
		Quote consumer = quote("AU", null, "20.00", "AUD", item("732391", "CN", 1, "1000.00", "AUD", "3"));
		assertThat(only(consumer, LineType.GST).amount()).isEqualTo(Money.of("102.00", "AUD"));

		Quote q = quote("AU", business("53004085616"), "20.00", "AUD", item("732391", "CN", 1, "1000.00", "AUD", "3"));
		QuoteLine gst = only(q, LineType.GST);
		assertThat(gst.reason()).isEqualTo("tax.business.notCharged");
		assertThat(gst.amount()).isEqualTo(Money.of("0.00", "AUD"));
		assertThat(gst.source()).contains("ato.gov.au");
		assertThat(q.totals().total()).isEqualTo(Money.of("1020.00", "AUD"));
		assertThat(q.totals().dueAtBorder()).isEqualTo(Money.of("0.00", "AUD"));
	}

	@Test
	void aBusinessWhereNoRegimeNamesBusinessesIsQuotedAsAConsumer() {
		Quote consumer = quote("JP", null, "1001", "JPY", item("090210", "CN", 1, "9000", "JPY", "0.5"));
		Quote business = quote("JP", business("1234567890123"), "1001", "JPY",
				item("090210", "CN", 1, "9000", "JPY", "0.5"));
		assertThat(business.totals()).isEqualTo(consumer.totals());
	}

	@Test
	void businessTaxNumbersAreCheckedAgainstTheDestination() {
		assertThatThrownBy(() -> quote("FI", business(null), "0", "EUR", item("732391", "CN", 1, "10", "EUR", "1")))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("buyer.taxId");
		for (String[] wrong : new String[][] { { "FI", "DE123456789" }, { "FI", "FI1234567" }, { "DE", "DE12345678" },
				{ "FR", "FRIO123456789" }, { "IT", "IT1234567890" }, { "BG", "BG12345678" }, { "LT", "LT1234567890" },
				{ "HU", "HU123456789" }, { "GB", "GB1234567890" }, { "GB", "123456789" }, { "AU", "53004085617" },
				{ "AU", "5300408561" } }) {
			String currency = switch (wrong[0]) {
				case "GB" -> "GBP";
				case "AU" -> "AUD";
				default -> "EUR";
			};
			assertThatThrownBy(() -> quote(wrong[0], business(wrong[1]), "0", currency,
					item("732391", "CN", 1, "10", currency, "1")))
				.as(wrong[0] + " " + wrong[1])
				.isInstanceOf(InvalidInputException.class)
				.extracting("field")
				.isEqualTo("buyer.taxId");
		}
		for (String[] right : new String[][] { { "DE", "DE123456789" }, { "FR", "FRAB123456789" },
				{ "IT", "IT12345678901" }, { "BG", "BG1234567890" }, { "LT", "LT123456789012" },
				{ "HU", "HU12345678" }, { "GB", "GB123456789012" } }) {
			// checked alone: Lithuania and Hungary are markets another part of issue 15 adds
			BuyerTaxIds.check(new QuoteRequest("CN", right[0], null, Incoterm.DAP, NOV_2026,
					List.of(item("732391", "CN", 1, "10", "EUR", "1")), null, null, null, null, business(right[1])));
		}
	}

	@Test
	void theAbnCheckDigitsFollowTheAto() {
		assertThat(BuyerTaxIds.validAbn("53004085616")).isTrue();
		assertThat(BuyerTaxIds.validAbn("51824753556")).isTrue();
		assertThat(BuyerTaxIds.validAbn("51824753557")).isFalse();
		assertThat(BuyerTaxIds.validAbn("1234567890a")).isFalse();
	}

	@Test
	void aBusinessTreatmentWithoutAStructuredSourceIsRefused() {
		String document = """
				{"format": "twinport-landed-cost-rules/1", "version": "t-1", "markets": {"GB": {"currency": "GBP",
				  "taxes": [{"id": "V", "type": "VAT", "rate": "20", "source": "s"}],
				  "duties": [{"id": "D", "rate": "0", "source": "s"}],
				  "pointOfSale": [{"id": "P", "label": "L", "limit": {"amount": "135", "currency": "GBP"},
				    "source": "s", "businessBuyers": {"treatment": "REVERSE_CHARGE", "source": "HMRC"}}]}}}""";
		assertThatThrownBy(() -> RuleSetParser.parse(document)).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.asString()
			.endsWith("businessBuyers.source");
	}

}
