package org.twinport.insight;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.twinport.catalog.FxRates;
import org.twinport.identity.Role;
import org.twinport.insight.OfficialStatistics.ImportRun;
import org.twinport.insight.OfficialStatistics.Layout;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every aggregate pinned to figures computed by hand from a small fixture of official
 * statistics in 1991–1992 (away from the demo's synthetic years; every query is bounded
 * to 1991-01..1992-12). Rates of the fixture's FX set dated 1990-12-31, per euro: USD
 * 1.25, CNY 10, JPY 125 — so 1,000 JPY = 10 USD and 80 CNY = 10 USD.
 *
 * <pre>
 * month    flow    partner hs    channel    value      USD
 * 1991-01  EXPORT  FI      0902  GENERAL    100 USD    100
 * 1991-02  IMPORT  JP      8471  CBEC_9610  1000 JPY    10
 * 1991-02  EXPORT  IT      0902  B2B_9710   80 CNY      10
 * 1991-05  EXPORT  DE      9403  GENERAL    0 USD        0   (a zero, not a gap)
 * 1992-01  EXPORT  FI      0902  GENERAL    150 USD    150
 * 1992-02  IMPORT  JP      8471  CBEC_9610  2000 JPY    20
 * 1992-03  EXPORT  KR      6109  CBEC_1210  40 USD      40
 * 1992-05  EXPORT  DE      9403  GENERAL    50 USD      50
 * </pre>
 */
class InsightFiguresTest extends IntegrationTest {

	static final String SOURCE = "Fixture statistics (test)";

	static final String RANGE = "from=1991-01&to=1992-12";

	static final String FIXTURE = """
			period,reporter,partner_country,partner_place,flow,hs_code,channel,value,currency,quantity,unit
			1991-01,cn-jinan,FI,,EXPORT,0902,GENERAL,100,USD,10,kg
			1991-02,cn-jinan,JP,,IMPORT,8471,CBEC_9610,1000,JPY,1,pcs
			1991-02,cn-jinan,IT,,EXPORT,0902,9710,80,CNY,,
			1991-05,cn-jinan,DE,,EXPORT,9403,GENERAL,0,USD,,
			1992-01,cn-jinan,FI,fi-vantaa,EXPORT,0902,GENERAL,150,USD,15,kg
			1992-02,cn-jinan,JP,,IMPORT,8471,CBEC_9610,2000,JPY,2,pcs
			1992-03,cn-jinan,KR,,EXPORT,6109,CBEC_1210,40,USD,,
			1992-05,cn-jinan,DE,,EXPORT,9403,GENERAL,50,USD,,
			""";

	@Autowired
	FxRates rates;

	@Autowired
	OfficialStatistics statistics;

	@BeforeEach
	void fixture() {
		rates.importEcbCsv(new StringReader("Date,USD,CNY,JPY\n1990-12-31,1.25,10,125\n"), "Insight test rates", true);
		ImportRun run = statistics.importNow(Layout.GENERIC, SOURCE, false, FIXTURE);
		assertThat(run.status()).isEqualTo("DONE");
		assertThat(run.imported()).isEqualTo(8);
	}

	@Test
	void yearlyAndMonthlyTotalsConvertMixedCurrencies() {
		JsonNode years = get("/api/v1/insight/totals?granularity=YEAR&" + RANGE);
		assertThat(years).hasSize(2);
		assertPoint(years.get(0), "1991", "10.00", "110.00", "120.00");
		assertPoint(years.get(1), "1992", "20.00", "240.00", "260.00");
		assertThat(years.get(0).get("total").get("currency").asString()).isEqualTo("USD");

		JsonNode months = get("/api/v1/insight/totals?" + RANGE);
		assertThat(months).hasSize(7);
		assertPoint(months.get(1), "1991-02", "10.00", "10.00", "20.00");
	}

	@Test
	void growthIsNotAvailableWhenThePreviousYearIsMissingOrZero() {
		JsonNode growth = get("/api/v1/insight/growth?" + RANGE);
		assertThat(growth).hasSize(2);
		JsonNode first = growth.get(0);
		assertThat(first.get("year").asInt()).isEqualTo(1991);
		assertThat(first.get("total").get("previous").isNull()).isTrue();
		assertThat(first.get("total").get("percent").isNull()).isTrue();
		assertThat(first.get("total").get("percentText").asString()).isEqualTo("n/a");

		JsonNode second = growth.get(1);
		assertThat(second.get("months").asString()).isEqualTo("01-12");
		assertChange(second.get("total"), "260.00", "120.00", "140.00", "116.7");
		assertChange(second.get("imports"), "20.00", "10.00", "10.00", "100.0");
		assertChange(second.get("exports"), "240.00", "110.00", "130.00", "118.2");

		// Germany: 0 in 1991 (a record worth zero), 50 in 1992: the change is known, the
		// percent is not.
		JsonNode germany = get("/api/v1/insight/growth?country=DE&" + RANGE).get(1);
		assertThat(germany.get("total").get("absolute").get("amount").asString()).isEqualTo("50.00");
		assertThat(germany.get("total").get("percentText").asString()).isEqualTo("n/a");
		// Korea: nothing in 1991 at all.
		JsonNode korea = get("/api/v1/insight/growth?country=KR&" + RANGE);
		assertThat(korea).hasSize(1);
		assertThat(korea.get(0).get("total").get("absolute").isNull()).isTrue();
		assertThat(korea.get(0).get("total").get("percentText").asString()).isEqualTo("n/a");
	}

	@Test
	void growthOfAnIncompleteYearComparesTheSameMonths() {
		// The range ends in February 1992: January–February 1992 (170) against
		// January–February 1991 (120).
		JsonNode growth = get("/api/v1/insight/growth?from=1991-01&to=1992-02").get(1);
		assertThat(growth.get("months").asString()).isEqualTo("01-02");
		assertChange(growth.get("total"), "170.00", "120.00", "50.00", "41.7");
	}

	@Test
	void partnersChaptersChannelsAndSisterCities() {
		JsonNode partners = get("/api/v1/insight/partners?" + RANGE);
		assertThat(codes(partners)).containsExactly("FI", "DE", "KR", "JP", "IT");
		assertRanked(partners.get(0), "FI", "250.00", "65.8");
		assertRanked(partners.get(1), "DE", "50.00", "13.2");
		assertRanked(partners.get(4), "IT", "10.00", "2.6");
		assertThat(partners.get(0).get("name").asString()).isEqualTo("Finland");
		assertThat(get("/api/v1/insight/partners?limit=2&" + RANGE)).hasSize(2);

		JsonNode cities = get("/api/v1/insight/partners?by=city&" + RANGE);
		assertThat(codes(cities)).containsExactly("fi-vantaa");
		assertRanked(cities.get(0), "fi-vantaa", "150.00", "100.0");

		JsonNode chapters = get("/api/v1/insight/chapters?" + RANGE);
		assertThat(codes(chapters)).containsExactly("09", "94", "61", "84");
		assertRanked(chapters.get(0), "09", "260.00", "68.4");
		assertRanked(chapters.get(3), "84", "30.00", "7.9");
		// Named by the HS 2022 titles of the data file, in English and Chinese.
		assertThat(chapters.get(0).get("name").asString()).isEqualTo("Coffee, tea, maté and spices");
		assertThat(get("/api/v1/insight/chapters?lang=zh&" + RANGE).get(0).get("name").asString())
			.isEqualTo("咖啡、茶、马黛茶及调味香料");
		assertThat(chapters.get(1).get("name").asString()).startsWith("Furniture; bedding");

		JsonNode channels = get("/api/v1/insight/channels?" + RANGE);
		assertThat(channels.get(0).get("crossBorderRetail").get("amount").asString()).isEqualTo("10.00");
		assertThat(channels.get(0).get("b2b").get("amount").asString()).isEqualTo("10.00");
		assertThat(channels.get(0).get("general").get("amount").asString()).isEqualTo("100.00");
		assertThat(channels.get(0).get("crossBorderSharePercent").asString()).isEqualTo("8.3");
		assertThat(channels.get(1).get("crossBorderRetail").get("amount").asString()).isEqualTo("60.00");
		assertThat(channels.get(1).get("crossBorderSharePercent").asString()).isEqualTo("23.1");

		JsonNode sisters = get("/api/v1/insight/sister-cities?" + RANGE);
		assertThat(codes(sisters.get("sisterCountries"), null)).contains("FI", "JP", "KR", "DE").doesNotContain("IT");
		JsonNode y1992 = sisters.get("years").get(1);
		assertChange(y1992.get("sisterCountries"), "260.00", "110.00", "150.00", "136.4");
		assertChange(y1992.get("others"), "0.00", "10.00", "-10.00", "-100.0");
	}

	@Test
	void filtersCombineAndTheRawBaselineAgreesWithTheRollups() {
		JsonNode fiTea = get("/api/v1/insight/totals?granularity=YEAR&country=FI&chapter=09&" + RANGE);
		assertPoint(fiTea.get(0), "1991", "0.00", "100.00", "100.00");
		assertPoint(fiTea.get(1), "1992", "0.00", "150.00", "150.00");
		JsonNode cbecImports = get("/api/v1/insight/totals?granularity=YEAR&flow=IMPORT&channel=CBEC&" + RANGE);
		assertPoint(cbecImports.get(1), "1992", "20.00", "0.00", "20.00");

		String admin = tokenFor(Role.ADMIN);
		for (String figure : List.of("totals?granularity=YEAR", "growth?x=1", "partners?by=country", "chapters?x=1",
				"channels?x=1", "sister-cities?x=1", "totals?channel=CBEC_9610&flow=IMPORT", "partners?chapter=09")) {
			String path = "/api/v1/insight/" + figure + "&" + RANGE;
			assertThat(api().get(path + "&engine=raw", admin).json()).as(figure)
				.isEqualTo(api().get(path, admin).json());
		}
		assertThat(api().get("/api/v1/insight/totals?engine=raw").status()).isEqualTo(401);
		assertThat(api().get("/api/v1/insight/totals?engine=raw", tokenFor(Role.BUYER)).status()).isEqualTo(403);
	}

	@Test
	void aChineseReaderIsRefusedInChineseWithTheCode() {
		Response refused = api().send("GET", "/api/v1/insight/totals?granularity=WEEK&" + RANGE, null, null,
				"Accept-Language", "zh");
		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("granularity");
		assertThat(error.get("code").asString()).isEqualTo("insight.problem.granularity");
		assertThat(error.get("message").asString()).isEqualTo("必须是 MONTH 或 YEAR");
		assertThat(api().get("/api/v1/insight/totals?granularity=WEEK&" + RANGE).json().get("errors").get(0).get("message")
			.asString()).isEqualTo("must be MONTH or YEAR");
	}

	@Test
	void everyFigureDownloadsAsCsv() {
		Response totals = api().get("/api/v1/insight/csv/totals?granularity=YEAR&" + RANGE);
		assertThat(totals.status()).isEqualTo(200);
		assertThat(totals.contentType()).startsWith("text/csv");
		assertThat(totals.body()).isEqualTo("period,imports,exports,total,currency\r\n1991,10.00,110.00,120.00,USD\r\n"
				+ "1992,20.00,240.00,260.00,USD\r\n");
		assertThat(api().get("/api/v1/insight/csv/growth?" + RANGE).body())
			.contains("1991,01-12,total,120.00,n/a,n/a,n/a", "1992,01-12,total,260.00,120.00,140.00,116.7");
		assertThat(api().get("/api/v1/insight/csv/partners?" + RANGE).body()).contains("1,FI,Finland,250.00,USD,65.8");
		assertThat(api().get("/api/v1/insight/csv/chapters?lang=zh&" + RANGE).body())
			.contains("1,09,咖啡、茶、马黛茶及调味香料,260.00,USD,68.4");
		for (String figure : List.of("chapters", "channels", "sister-cities")) {
			assertThat(api().get("/api/v1/insight/csv/" + figure + "?" + RANGE).status()).as(figure).isEqualTo(200);
		}
		Response unknown = api().get("/api/v1/insight/csv/nothing");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("figure");
	}

	@Test
	void badFiltersAreRefusedNamingTheField() {
		for (String[] bad : List.of(new String[] { "from=1991-13", "from" }, new String[] { "flow=SIDEWAYS", "flow" },
				new String[] { "country=XX", "country" }, new String[] { "channel=9999", "channel" },
				new String[] { "chapter=99", "chapter" }, new String[] { "source=GUESS", "source" },
				new String[] { "from=1992-01&to=1991-01", "from" },
				new String[] { "granularity=WEEK", "granularity" })) {
			Response response = api().get("/api/v1/insight/totals?" + bad[0]);
			assertThat(response.status()).as(bad[0]).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("field").asString()).as(bad[0]).isEqualTo(bad[1]);
		}
	}

	private JsonNode get(String path) {
		Response response = api().get(path);
		assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
		return response.json();
	}

	static void assertPoint(JsonNode point, String period, String imports, String exports, String total) {
		assertThat(point.get("period").asString()).isEqualTo(period);
		assertThat(point.get("imports").get("amount").asString()).as(period + " imports").isEqualTo(imports);
		assertThat(point.get("exports").get("amount").asString()).as(period + " exports").isEqualTo(exports);
		assertThat(point.get("total").get("amount").asString()).as(period + " total").isEqualTo(total);
	}

	static void assertChange(JsonNode change, String current, String previous, String absolute, String percent) {
		assertThat(change.get("current").get("amount").asString()).isEqualTo(current);
		assertThat(change.get("previous").get("amount").asString()).isEqualTo(previous);
		assertThat(change.get("absolute").get("amount").asString()).isEqualTo(absolute);
		assertThat(change.get("percent").asString()).isEqualTo(percent);
		assertThat(change.get("percentText").asString()).isEqualTo(percent);
	}

	static void assertRanked(JsonNode ranked, String code, String value, String share) {
		assertThat(ranked.get("code").asString()).isEqualTo(code);
		assertThat(ranked.get("value").get("amount").asString()).isEqualTo(value);
		assertThat(ranked.get("sharePercent").asString()).isEqualTo(share);
	}

	static List<String> codes(JsonNode array) {
		return codes(array, "code");
	}

	static List<String> codes(JsonNode array, String field) {
		List<String> codes = new ArrayList<>();
		array.forEach(node -> codes.add(field == null ? node.asString() : node.get(field).asString()));
		return codes;
	}

}
