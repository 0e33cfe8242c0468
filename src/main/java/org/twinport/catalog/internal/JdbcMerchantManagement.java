package org.twinport.catalog.internal;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.MerchantManagement;
import org.twinport.shared.InvalidInputException;

@Service
class JdbcMerchantManagement implements MerchantManagement {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcMerchantManagement(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional
	public long register(String code, String legalName, Map<String, String> displayNames, long homePlaceId,
			String countryCode, String payoutCurrency, boolean verified, boolean demo) {
		if (displayNames == null || !displayNames.containsKey("en")) {
			throw new InvalidInputException("displayNames", "must hold at least an English name under 'en'");
		}
		return jdbc.sql("""
				insert into catalog.merchant (code, legal_name, display_names, home_place_id, country_code, payout_currency,
				                              verification, demo)
				values (:code, :legalName, cast(:names as jsonb), :place, :country, :currency, :verification, :demo)
				on conflict (code) do update set legal_name = excluded.legal_name
				returning id
				""")
			.param("code", code)
			.param("legalName", legalName)
			.param("names", json.writeValueAsString(displayNames))
			.param("place", homePlaceId)
			.param("country", countryCode)
			.param("currency", payoutCurrency)
			.param("verification", verified ? "VERIFIED" : "PENDING")
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

}
