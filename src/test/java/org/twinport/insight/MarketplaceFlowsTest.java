package org.twinport.insight;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.catalog.FxRates;
import org.twinport.identity.Role;
import org.twinport.insight.MarketplaceFlows.Line;
import org.twinport.insight.MarketplaceFlows.OrderFlow;
import org.twinport.insight.MarketplaceFlows.Refund;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Marketplace flows as the ordering events will write them, in 2001 (the only marketplace
 * data of the test run). Rates of the set dated 1990-12-31: USD 1.25, CNY 10, JPY 125 per
 * euro.
 * <ul>
 * <li>order A, paid 2001-01-31: export to Vantaa, 100 EUR (125 USD) + 800 CNY (100 USD) =
 * 225 USD; refunded 2001-02-02, across the month boundary: −225 USD in February;</li>
 * <li>order B, paid 2001-02-10: import from Japan, 1,000 JPY = 10 USD.</li>
 * </ul>
 */
class MarketplaceFlowsTest extends IntegrationTest {

	static final String RANGE = "source=MARKETPLACE&from=2001-01&to=2001-12";

	@Autowired
	MarketplaceFlows flows;

	@Autowired
	FxRates rates;

	OrderFlow orderA = new OrderFlow("test-order-A", LocalDate.of(2001, 1, 31), "cn-jinan", FlowDirection.EXPORT, "FI",
			"fi-vantaa",
			List.of(new Line("090210", TradeChannel.CBEC_9610, Money.of("100.00", "EUR"), BigDecimal.ONE, "kg"),
					new Line("6109", TradeChannel.CBEC_9610, Money.of("800.00", "CNY"), BigDecimal.TEN, "pcs")));

	OrderFlow orderB = new OrderFlow("test-order-B", LocalDate.of(2001, 2, 10), "cn-jinan", FlowDirection.IMPORT, "JP",
			null, List.of(new Line("8471", TradeChannel.B2B_9710, Money.of("1000", "JPY"), null, null)));

	@BeforeEach
	void orders() {
		rates.importEcbCsv(new StringReader("Date,USD,CNY,JPY\n1990-12-31,1.25,10,125\n"), "Insight test rates", true);
		flows.recordMarketplaceFlow(orderA);
		flows.reverseMarketplaceFlow(orderA.orderId(), LocalDate.of(2001, 2, 2));
		flows.recordMarketplaceFlow(orderB);
	}

	@Test
	void recordingAndReversingAreIdempotentPerOrder() {
		assertThat(flows.recordMarketplaceFlow(orderA)).isFalse();
		assertThat(flows.reverseMarketplaceFlow(orderA.orderId(), LocalDate.of(2001, 3, 1))).isFalse();
		assertThat(jdbc.sql("select count(*) from insight.trade_flow where order_id = 'test-order-A'")
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(jdbc
			.sql("select fx_set_id is not null from insight.trade_flow where order_id = 'test-order-A' "
					+ "and line_no = 0 and not reversal")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aRefundAcrossAMonthBoundaryIsReversedInTheRefundMonth() {
		String admin = tokenFor(Role.ADMIN);
		JsonNode months = api().get("/api/v1/insight/totals?" + RANGE, admin).json();
		assertThat(months).hasSize(2);
		InsightFiguresTest.assertPoint(months.get(0), "2001-01", "0.00", "225.00", "225.00");
		InsightFiguresTest.assertPoint(months.get(1), "2001-02", "10.00", "-225.00", "-215.00");
		JsonNode year = api().get("/api/v1/insight/totals?granularity=YEAR&" + RANGE, admin).json();
		InsightFiguresTest.assertPoint(year.get(0), "2001", "10.00", "0.00", "10.00");
		// The rollups and the raw flows agree, reversal included.
		assertThat(api().get("/api/v1/insight/totals?engine=raw&" + RANGE, admin).json()).isEqualTo(months);

		JsonNode january = api()
			.get("/api/v1/insight/partners?by=city&source=MARKETPLACE&from=2001-01&to=2001-01", admin)
			.json();
		InsightFiguresTest.assertRanked(january.get(0), "fi-vantaa", "225.00", "100.0");
		// The range ends in February: like with like, January–February.
		JsonNode growth = api().get("/api/v1/insight/growth?source=MARKETPLACE&from=2001-01&to=2001-02", admin)
			.json()
			.get(0);
		assertThat(growth.get("months").asString()).isEqualTo("01-02");
		assertThat(growth.get("total").get("percentText").asString()).isEqualTo("n/a");
	}

	/**
	 * 2003, hand-computed: order C paid 2003-03-31, export to Germany, 400 EUR (500 USD)
	 * + 160 CNY (20 USD) = 520 USD; a quarter refunded on 2003-04-01 (−100 EUR and −40
	 * CNY: −130 USD in April); the rest on 2003-05-15 (−390 USD in May, whatever stands).
	 * Order D: its half refund (dated 2003-06-10) arrives before the payment of
	 * 2003-06-01 is recorded, import from Japan, 80 CNY = 10 USD, so June holds 10 − 5 =
	 * 5 USD.
	 */
	@Test
	void partialRefundsReverseTheirShareAndARefundBeforeItsOrderWaitsForIt() {
		OrderFlow orderC = new OrderFlow("test-order-C", LocalDate.of(2003, 3, 31), "cn-jinan", FlowDirection.EXPORT,
				"DE", null, List.of(
						new Line("8211", TradeChannel.CBEC_9610, Money.of("400.00", "EUR"), BigDecimal.valueOf(4),
								"pcs"),
						new Line("0902", TradeChannel.CBEC_9610, Money.of("160.00", "CNY"), null, null)));
		assertThat(flows.recordMarketplaceFlow(orderC)).isTrue();
		Refund quarter = new Refund("test-order-C", "r1", LocalDate.of(2003, 4, 1), new BigDecimal("0.25"), false);
		assertThat(flows.reverseMarketplaceFlow(quarter)).isTrue();
		assertThat(flows.reverseMarketplaceFlow(quarter)).as("the same refund again").isFalse();
		assertThat(flows.reverseMarketplaceFlow(
				new Refund("test-order-C", "r2", LocalDate.of(2003, 5, 15), new BigDecimal("0.75"), true)))
			.isTrue();
		assertThat(flows.reverseMarketplaceFlow(
				new Refund("test-order-D", "r1", LocalDate.of(2003, 6, 10), new BigDecimal("0.5"), false)))
			.isTrue();
		assertThat(flows.recordMarketplaceFlow(
				new OrderFlow("test-order-D", LocalDate.of(2003, 6, 1), "cn-jinan", FlowDirection.IMPORT, "JP", null,
						List.of(new Line("8471", TradeChannel.CBEC_1210, Money.of("80", "CNY"), null, null)))))
			.isTrue();

		String admin = tokenFor(Role.ADMIN);
		String range = "source=MARKETPLACE&from=2003-01&to=2003-12";
		JsonNode months = api().get("/api/v1/insight/totals?" + range, admin).json();
		assertThat(months).hasSize(4);
		InsightFiguresTest.assertPoint(months.get(0), "2003-03", "0.00", "520.00", "520.00");
		InsightFiguresTest.assertPoint(months.get(1), "2003-04", "0.00", "-130.00", "-130.00");
		InsightFiguresTest.assertPoint(months.get(2), "2003-05", "0.00", "-390.00", "-390.00");
		InsightFiguresTest.assertPoint(months.get(3), "2003-06", "5.00", "0.00", "5.00");
		assertThat(api().get("/api/v1/insight/totals?engine=raw&" + range, admin).json()).isEqualTo(months);
		InsightFiguresTest.assertPoint(
				api().get("/api/v1/insight/totals?granularity=YEAR&" + range, admin).json().get(0), "2003", "5.00",
				"0.00", "5.00");
		// Each line in its own currency: the quarter took 100 EUR and 40 CNY off, the
		// rest
		// nets each line to zero.
		assertThat(jdbc
			.sql("select string_agg(currency || ' ' || value, ', ' order by line_no) "
					+ "from insight.trade_flow where order_id = 'test-order-C' and refund_key = 'r1'")
			.query(String.class)
			.single()).isEqualTo("EUR -100.0000, CNY -40.0000");
		assertThat(jdbc
			.sql("select count(*) from insight.trade_flow where order_id = 'test-order-C' "
					+ "group by line_no having sum(value) <> 0 or sum(reporting_value) <> 0 or sum(quantity) <> 0")
			.query(Long.class)
			.list()).isEmpty();
	}

	@Test
	void marketplaceFiguresAreForStaffOnly() {
		assertThat(api().get("/api/v1/insight/totals?" + RANGE).status()).isEqualTo(401);
		for (Role role : List.of(Role.BUYER, Role.MERCHANT, Role.PARTNER_OFFICE)) {
			assertThat(api().get("/api/v1/insight/totals?" + RANGE, tokenFor(role)).status()).as(role.name())
				.isEqualTo(403);
		}
		assertThat(api().get("/api/v1/insight/csv/totals?" + RANGE).status()).isEqualTo(401);
		// Official figures never include the marketplace's.
		JsonNode official = api().get("/api/v1/insight/totals?from=2001-01&to=2001-12").json();
		assertThat(official).isEmpty();
	}

	@Test
	void badOrdersAreRefusedNamingTheField() {
		assertThatThrownBy(() -> flows.recordMarketplaceFlow(new OrderFlow("bad-1", LocalDate.of(2001, 1, 1),
				"cn-jinan", FlowDirection.EXPORT, "XX", null, orderA.lines())))
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).field())
			.isEqualTo("partnerCountry");
		assertThatThrownBy(() -> flows
			.recordMarketplaceFlow(new OrderFlow("bad-2", LocalDate.of(2001, 1, 1), "cn-jinan", FlowDirection.EXPORT,
					"FI", null, List.of(new Line("1", TradeChannel.GENERAL, Money.of("1", "EUR"), null, null)))))
			.extracting(ex -> ((InvalidInputException) ex).field())
			.isEqualTo("lines[0].hsCode");
	}

}
