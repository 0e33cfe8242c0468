package org.twinport.matchmaking;

import java.util.UUID;

import org.twinport.identity.AccountManagement;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient;
import org.twinport.support.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Companies with a signed-in buyer account and a profile, set up through the API for matchmaking tests. */
final class TestCompanies {

	private static final String MM = "/api/v1/matchmaking";

	record Company(String username, String password, String token, long id, String name) {
	}

	private final ApiClient api;

	private final AccountManagement accounts;

	TestCompanies(ApiClient api, AccountManagement accounts) {
		this.api = api;
		this.accounts = accounts;
	}

	/** A new buyer account with a token and a company profile at {@code place}; {@code facets} are more JSON fields. */
	Company company(String key, String place, String name, String facets) {
		String username = "test.mm-" + key + "-" + UUID.randomUUID().toString().substring(0, 6);
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, name, Role.BUYER, null, null, false));
		Response token = api.post("/api/v1/auth/tokens",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"tests\"}", null);
		assertThat(token.status()).as(token.toString()).isEqualTo(201);
		String bearer = token.json().get("token").asString();
		Response saved = api.put(MM + "/companies/me",
				"{\"name\": \"%s\", \"placeCode\": \"%s\", \"size\": \"SMALL\", %s}".formatted(name, place, facets),
				bearer);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		return new Company(username, password, bearer, saved.json().get("id").asLong(), name);
	}

	/** {@code from} asks {@code to} for a meeting in the session and {@code to} accepts. */
	void meet(Company from, Company to, long session) {
		Response request = api.post(MM + "/sessions/" + session + "/requests", "{\"toCompanyId\":" + to.id() + "}",
				from.token());
		assertThat(request.status()).as(request.toString()).isEqualTo(201);
		Response accepted = api.post(MM + "/requests/" + request.json().get("id").asLong() + "/answer",
				"{\"accept\":true}", to.token());
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
	}

}
