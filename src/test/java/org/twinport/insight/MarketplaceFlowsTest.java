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
		assertThat(flows.reverseMarketplaceFlow("no-such-order", LocalDate.of(2001, 3, 1))).isFalse();
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
		JsonNode growth = api().get("/api/v1/insight/growth?" + RANGE, admin).json().get(0);
		assertThat(growth.get("months").asString()).isEqualTo("01-02");
		assertThat(growth.get("total").get("percentText").asString()).isEqualTo("n/a");
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
