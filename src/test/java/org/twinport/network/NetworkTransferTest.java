package org.twinport.network;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkTransferTest extends IntegrationTest {

	@Test
	void jsonExportImportsBackWithoutDuplicates() {
		String admin = tokenFor(Role.ADMIN);
		Response export = api().get("/api/v1/network/export", admin);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.body()).contains("twinport-network/1", "cn-jinan-cppcc", "ritva-viljanen");
		long before = count();
		Response imported = api().post("/api/v1/network/import", export.body(), admin);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("partnershipsCreated").asInt()).isZero();
		assertThat(imported.json().get("placesCreated").asInt()).isZero();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void csvRoundTripsAndABadRowChangesNothing() {
		String admin = tokenFor(Role.ADMIN);
		Response csv = api().get("/api/v1/network/partnerships.csv");
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("home,partner,kind,status,established,fieldsOfCooperation,notes\r\n")
			.contains("cn-jinan,jp-wakayama,SISTER_CITY,ACTIVE,1983-01-14,,\"Jinan's first sister city (Wakayama Shimpo, 2023-05-31, on the 40th anniversary).\"");
		long before = count();
		Response again = postCsv(csv.body(), admin);
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.json().get("partnershipsCreated").asInt()).isZero();
		assertThat(count()).isEqualTo(before);

		String bad = "home,partner,kind,status,established,fieldsOfCooperation,notes\r\n"
				+ "cn-jinan,jp-wakayama,SISTER_CITY,ACTIVE,1983,,\"Changed, then rolled back\"\r\n"
				+ "cn-jinan,fr-rennes,TWIN_TOWN,ACTIVE,2002,,\r\n";
		Response refused = postCsv(bad, admin);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("line 3: kind");
		assertThat(jdbc
			.sql("select notes from network.partnership s join network.place p on p.id = s.partner_place_id "
					+ "where p.code = 'jp-wakayama'")
			.query(String.class)
			.single()).isEqualTo("Jinan's first sister city (Wakayama Shimpo, 2023-05-31, on the 40th anniversary).");
		Response badDate = postCsv("home,partner,kind,status,established,fieldsOfCooperation,notes\n"
				+ "cn-jinan,jp-wakayama,SISTER_CITY,ACTIVE,1983-13,,\n", admin);
		assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("line 2: established");
	}

	private Response postCsv(String csv, String token) {
		return api().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/network/partnerships.csv"))
			.header("Content-Type", "text/csv")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build());
	}

	private long count() {
		return jdbc.sql("select count(*) from network.partnership").query(Long.class).single();
	}

}
