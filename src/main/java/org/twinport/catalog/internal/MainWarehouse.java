package org.twinport.catalog.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The warehouse stock typed with a product goes to (the one-step product form, an
 * import's "Variant Inventory Qty"): the merchant's first, or for a merchant without any
 * a domestic one named "main" in its own country, opened on the spot.
 */
@Component
class MainWarehouse {

	/** Opens "main" for those of the merchants (a bigint[] parameter) that have none. */
	static final String OPEN_WHERE_MISSING = """
			insert into catalog.warehouse (merchant_id, code, kind, country_code)
			select m.id, 'main', 'DOMESTIC', m.country_code from catalog.merchant m
			where m.id = any(?::bigint[]) and not exists (select 1 from catalog.warehouse w where w.merchant_id = m.id)
			on conflict (merchant_id, code) do nothing""";

	/** The first warehouse of the merchant of a row, as a correlated subquery. */
	static final String FIRST_OF_MERCHANT = "(select min(w.id) from catalog.warehouse w where w.merchant_id = %s)";

	private final JdbcClient jdbc;

	MainWarehouse(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long of(long merchantId) {
		jdbc.sql(OPEN_WHERE_MISSING).param(new Long[] { merchantId }).update();
		return jdbc.sql("select min(id) from catalog.warehouse where merchant_id = :m")
			.param("m", merchantId)
			.query(Long.class)
			.single();
	}

}
