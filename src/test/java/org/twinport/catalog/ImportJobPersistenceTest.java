package org.twinport.catalog;

import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Import jobs live in the catalog's tables: what the API answers is what is stored, so it
 * survives a restart and any node can answer it; a job whose node went silent is reported
 * as failed.
 */
class ImportJobPersistenceTest extends IntegrationTest {

	private static final String CSV = """
			Handle,Title,Variant SKU,Variant Price,HS Code,Origin Country,Markets
			persist-ok,Persisted import (test),PERSIST-1,20.00,090210,CN,FI
			persist-bad,Bad row (test),PERSIST-2,20.00,1,CN,FI
			persist-bad2,Another bad row (test),PERSIST-3,-5,090210,CN,FI
			""";

	@Test
	void progressCountsAndRejectedLinesAreStoredAndServedFromTheDatabase() {
		String merchant = tokenFor(Role.MERCHANT);
		Response started = api().post("/api/v1/catalog/imports", CSV, merchant);
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String id = started.json().get("id").asString();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api().get("/api/v1/catalog/imports/" + id, merchant).json().get("state").asString(),
					state -> !state.equals("RUNNING"));
		JsonNode job = api().get("/api/v1/catalog/imports/" + id, merchant).json();
		assertThat(job.get("state").asString()).isEqualTo("DONE");
		assertThat(job.get("totalRows").asInt()).isEqualTo(3);
		assertThat(job.get("processedRows").asInt()).isEqualTo(3);
		assertThat(job.get("productsSaved").asInt()).isEqualTo(1);
		assertThat(job.get("rowsRejected").asInt()).isEqualTo(2);

		String stored = jdbc
			.sql("""
					select state || ' ' || total_rows || ' ' || processed_rows || ' ' || products_saved || ' ' || rows_rejected
					from catalog.import_job where id = cast(:id as uuid)""")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("DONE 3 3 1 2");
		assertThat(jdbc
			.sql("select string_agg(line || ':' || handle, ',' order by seq) from catalog.import_error "
					+ "where job_id = cast(:id as uuid)")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("3:persist-bad,4:persist-bad2");
		String errors = api().get("/api/v1/catalog/imports/" + id + "/errors", merchant).body();
		assertThat(errors).contains("3,persist-bad,hsCode").contains("4,persist-bad2,");

		// What the API answers comes from the table: change the row as another node
		// would.
		jdbc.sql("update catalog.import_job set processed_rows = 2, state = 'RUNNING', heartbeat_at = now() "
				+ "where id = cast(:id as uuid)")
			.param("id", id)
			.update();
		JsonNode running = api().get("/api/v1/catalog/imports/" + id, merchant).json();
		assertThat(running.get("state").asString()).isEqualTo("RUNNING");
		assertThat(running.get("processedRows").asInt()).isEqualTo(2);
	}

	@Test
	void aJobWhoseNodeWentSilentIsReportedAsFailedAndAnotherMerchantsJobIsNotFound() {
		long merchantId = jdbc.sql("select id from catalog.merchant order by id limit 1").query(Long.class).single();
		UUID silent = UUID.randomUUID();
		jdbc.sql("""
				insert into catalog.import_job (id, merchant_id, state, total_rows, processed_rows, heartbeat_at)
				values (:id, :m, 'RUNNING', 100, 40, now() - interval '5 minutes')""")
			.param("id", silent)
			.param("m", merchantId)
			.update();
		String merchant = tokenFor(Role.MERCHANT);
		JsonNode job = api().get("/api/v1/catalog/imports/" + silent, merchant).json();
		assertThat(job.get("state").asString()).isEqualTo("FAILED");
		assertThat(job.get("processedRows").asInt()).isEqualTo(40);
		assertThat(job.get("message").asString()).contains("Interrupted");
		// worded when read, for the reader
		JsonNode inChinese = api()
			.send("GET", "/api/v1/catalog/imports/" + silent, null, merchant, "Accept-Language", "zh")
			.json();
		assertThat(inChinese.get("message").asString()).startsWith("已中断");

		long other = jdbc.sql("select id from catalog.merchant where code = 'cn-jinan-sample-pingyin-rose'")
			.query(Long.class)
			.single();
		UUID others = UUID.randomUUID();
		jdbc.sql("insert into catalog.import_job (id, merchant_id, state) values (:id, :m, 'DONE')")
			.param("id", others)
			.param("m", other)
			.update();
		java.util.List<String> listed = new java.util.ArrayList<>();
		api().get("/api/v1/catalog/imports", merchant).json().forEach(j -> listed.add(j.get("id").asString()));
		assertThat(listed).contains(silent.toString()).doesNotContain(others.toString());
		org.twinport.support.WebSession page = org.twinport.support.WebSession.signedIn(baseUrl(),
				usernameFor(Role.MERCHANT), passwordFor(Role.MERCHANT));
		assertThat(page.get("/merchant/products").body()).contains("/merchant/imports/" + silent);
		assertThat(page.get("/merchant/imports/" + silent).body()).contains("Interrupted");
		assertThat(api().get("/api/v1/catalog/imports/" + others, merchant).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/catalog/imports/" + others + "/errors", merchant).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/catalog/imports/" + others, tokenFor(Role.ADMIN)).status()).isEqualTo(200);
	}

}
