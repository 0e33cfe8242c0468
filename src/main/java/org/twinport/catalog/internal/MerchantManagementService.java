package org.twinport.catalog.internal;

import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.MerchantChanged;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.catalog.Verification;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/** Merchants, their verification and warehouses, each change checked and announced. */
@Service
class MerchantManagementService implements MerchantManagement {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	MerchantManagementService(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	@Override
	@Transactional
	public long register(String code, String legalName, Map<String, String> displayNames, long homePlaceId,
			String countryCode, String payoutCurrency, boolean verified, boolean demo) {
		if (displayNames == null || !displayNames.containsKey("en")) {
			throw new InvalidInputException("displayNames", Reason.of("catalog.problem.englishName"));
		}
		long id = jdbc
			.sql("""
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
		events.publishEvent(new MerchantChanged(id));
		return id;
	}

	@Override
	public List<MerchantView> merchants() {
		return jdbc.sql("select * from catalog.merchant order by id").query(this::merchantRow).list();
	}

	@Override
	public MerchantView merchant(long id) {
		return jdbc.sql("select * from catalog.merchant where id = :id")
			.param("id", id)
			.query(this::merchantRow)
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noMerchant")));
	}

	@Override
	@Transactional
	public MerchantView changeVerification(long id, Verification verification) {
		if (verification == null) {
			throw new InvalidInputException("verification", Reason.of("problem.required"));
		}
		int changed = jdbc.sql("""
				update catalog.merchant set verification = :v, updated_at = now(),
				  verified_at = case when :v = 'VERIFIED' then now() else verified_at end
				where id = :id""").param("v", verification.name()).param("id", id).update();
		if (changed == 0) {
			throw new NotFoundException(Reason.of("catalog.problem.noMerchant"));
		}
		events.publishEvent(new MerchantChanged(id));
		return merchant(id);
	}

	@Override
	@Transactional
	public MerchantView.Warehouse addWarehouse(long merchantId, @Nullable String code, @Nullable String kind,
			@Nullable String countryCode) {
		merchant(merchantId);
		if (code == null || !code.matches("^[a-z0-9][a-z0-9-]{0,39}$")) {
			throw new InvalidInputException("code", Reason.of("catalog.problem.merchantCode"));
		}
		if (!List.of("DOMESTIC", "BONDED", "OVERSEAS").contains(kind)) {
			throw new InvalidInputException("kind", Reason.of("catalog.problem.warehouseKind"));
		}
		String country = Countries.checked(countryCode, "countryCode");
		return jdbc
			.sql("""
					insert into catalog.warehouse (merchant_id, code, kind, country_code) values (:m, :code, :kind, :country)
					on conflict (merchant_id, code) do update set kind = excluded.kind, country_code = excluded.country_code
					returning id, code, kind, country_code""")
			.param("m", merchantId)
			.param("code", code)
			.param("kind", kind)
			.param("country", country)
			.query((rs, row) -> new MerchantView.Warehouse(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.single();
	}

	private MerchantView merchantRow(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<MerchantView.Warehouse> warehouses = jdbc
			.sql("select id, code, kind, country_code from catalog.warehouse where merchant_id = :m order by id")
			.param("m", id)
			.query((w, r) -> new MerchantView.Warehouse(w.getLong(1), w.getString(2), w.getString(3), w.getString(4)))
			.list();
		return new MerchantView(id, rs.getString("code"), rs.getString("legal_name"),
				json.readValue(rs.getString("display_names"), new TypeReference<Map<String, String>>() {
				}), rs.getLong("home_place_id"), rs.getString("country_code"), rs.getString("payout_currency"),
				Verification.valueOf(rs.getString("verification")), rs.getBoolean("demo"), warehouses);
	}

}
