package org.twinport.insight;

import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports of official statistics through the API: both layouts, bad rows, idempotency per
 * source and period.
 */
class OfficialImportsTest extends IntegrationTest {

	static final String COMTRADE = """
			typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,partner2ISO,cmdCode,customsCode,motCode,qty,qtyUnitAbbr,primaryValue
			C,M,19800101,1980,1,198001,156,CHN,X,246,FIN,W00,0902,C00,0,100,kg,1000.5
			C,M,19800101,1980,1,198001,156,CHN,M,392,JPN,W00,8471,C00,0,,,"2000"
			C,M,19800101,1980,1,198001,156,CHN,X,0,W00,W00,0902,C00,0,,,9999
			C,M,19800101,1980,1,198001,156,CHN,X,246,FIN,W00,TOTAL,C00,0,,,9999
			C,M,19800101,1980,1,198001,156,CHN,RX,246,FIN,W00,0902,C00,0,,,5
			C,M,19800201,1980,2,198002,156,CHN,X,246,ZZZ,W00,0902,C00,0,,,5
			C,M,19800201,1980,2,198002,156,CHN,X,246,FIN,W00,0902,C01,0,,,5
			C,A,1980,1980,52,1980,156,CHN,X,246,FIN,W00,0902,C00,0,,,5
			C,M,19800201,1980,2,198002,156,CHN,X,246,FIN,W00,09021,C00,0,,,5
			C,M,19800201,1980,2,198002,156,CHN,X,276,DEU,W00,61,C00,0,,,300
			""";

	@Test
	void comtradeRowsAreImportedAndBadRowsReportedWithLineAndReason() {
		String admin = tokenFor(Role.ADMIN);
		JsonNode run = finished(api().post("/api/v1/insight/imports?layout=COMTRADE&source=Comtrade%20fixture%20(test)",
				COMTRADE, admin), admin);
		assertThat(run.get("status").asString()).isEqualTo("DONE");
		assertThat(run.get("linesRead").asInt()).isEqualTo(10);
		assertThat(run.get("imported").asInt()).isEqualTo(3);
		assertThat(run.get("skipped").asInt()).isEqualTo(4);
		assertThat(run.get("rejected").asInt()).isEqualTo(3);
		assertThat(run.get("periods").toString()).isEqualTo("[\"1980-01\",\"1980-02\"]");
		JsonNode errors = run.get("errors");
		assertThat(errors.get(0).get("line").asInt()).isEqualTo(6);
		assertThat(errors.get(0).get("reason").asString()).startsWith("flowCode: RX is not supported");
		assertThat(errors.get(1).get("line").asInt()).isEqualTo(7);
		assertThat(errors.get(1).get("reason").asString()).contains("ZZZ");
		assertThat(errors.get(2).get("line").asInt()).isEqualTo(10);
		assertThat(errors.get(2).get("reason").asString()).startsWith("cmdCode:");
		// the refused rows keep their reason as a code, worded when read: in Chinese for a Chinese reader
		assertThat(errors.get(0).get("code").asString()).isEqualTo("insight.problem.flowCode");
		JsonNode chinese = api().send("GET", "/api/v1/insight/imports/" + run.get("id").asLong(), null, admin,
				"Accept-Language", "zh").json();
		assertThat(chinese.get("errors").get(0).get("reason").asString()).isEqualTo("flowCode: 不支持 RX：只支持 M（进口）和 X（出口）");

		JsonNode totals = api().get("/api/v1/insight/totals?from=1980-01&to=1980-12&granularity=YEAR").json();
		InsightFiguresTest.assertPoint(totals.get(0), "1980", "2000.00", "1300.50", "3300.50");

		// The same file again: the same figures, not twice the figures.
		finished(api().post("/api/v1/insight/imports?layout=COMTRADE&source=Comtrade%20fixture%20(test)", COMTRADE,
				admin), admin);
		assertThat(api().get("/api/v1/insight/totals?from=1980-01&to=1980-12&granularity=YEAR").json())
			.isEqualTo(totals);

		// A corrected February replaces February only.
		String february = COMTRADE.lines().findFirst().orElseThrow()
				+ "\nC,M,19800201,1980,2,198002,156,CHN,X,276,DEU,W00,61,C00,0,,,400\n";
		finished(api().post("/api/v1/insight/imports?layout=COMTRADE&source=Comtrade%20fixture%20(test)", february,
				admin), admin);
		JsonNode corrected = api().get("/api/v1/insight/totals?from=1980-01&to=1980-12").json();
		InsightFiguresTest.assertPoint(corrected.get(0), "1980-01", "2000.00", "1000.50", "3000.50");
		InsightFiguresTest.assertPoint(corrected.get(1), "1980-02", "0.00", "400.00", "400.00");
	}

	@Test
	void genericRowsWithErrorsKeepTheGoodOnes() {
		String admin = tokenFor(Role.ADMIN);
		String csv = """
				period,reporter,partner_country,flow,hs_code,channel,value,currency
				1979-03,cn-jinan,FI,EXPORT,0902,9610,10.50,USD
				1979-13,cn-jinan,FI,EXPORT,0902,9610,10,USD
				1979-03,cn-jinan,FI,EXPORT,0902,9610,-1,USD
				1979-03,cn-jinan,FI,SIDEWAYS,0902,9610,1,USD
				1979-03,cn-jinan,FI,IMPORT,0902,1210,5,XYZ
				1979-03,cn-jinan,FI,IMPORT,0902,B2B,5,USD
				""";
		JsonNode run = finished(
				api().post("/api/v1/insight/imports?layout=GENERIC&source=Generic%20fixture%20(test)", csv, admin),
				admin);
		assertThat(run.get("imported").asInt()).isEqualTo(1);
		assertThat(run.get("rejected").asInt()).isEqualTo(5);
		List<String> reasons = List.of("period:", "value: must not be negative", "flow:", "currency:", "channel:");
		for (int i = 0; i < reasons.size(); i++) {
			assertThat(run.get("errors").get(i).get("line").asInt()).isEqualTo(i + 3);
			assertThat(run.get("errors").get(i).get("reason").asString()).startsWith(reasons.get(i));
		}
	}

	@Test
	void aBadHeaderOrLayoutIsRefusedAtOnceAndImportsAreForStaff() {
		String admin = tokenFor(Role.ADMIN);
		Response header = api().post("/api/v1/insight/imports?layout=COMTRADE&source=x", "a,b\n1,2\n", admin);
		assertThat(header.status()).isEqualTo(400);
		assertThat(header.json().get("errors").get(0).get("field").asString()).isEqualTo("csv");
		Response layout = api().post("/api/v1/insight/imports?layout=XLSX&source=x", "a\n", admin);
		assertThat(layout.json().get("errors").get(0).get("field").asString()).isEqualTo("layout");
		assertThat(api().post("/api/v1/insight/imports?layout=GENERIC&source=x", "a\n", tokenFor(Role.BUYER)).status())
			.isEqualTo(403);
		assertThat(api().get("/api/v1/insight/imports/999999").status()).isEqualTo(401);
	}

	private JsonNode finished(Response started, String token) {
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		long id = started.json().get("id").asLong();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode run = api().get("/api/v1/insight/imports/" + id, token).json();
			if (!run.get("status").asString().equals("RUNNING")) {
				return run;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("import " + id + " did not finish");
	}

}
