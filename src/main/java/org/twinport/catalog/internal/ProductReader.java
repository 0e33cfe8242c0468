package org.twinport.catalog.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductStatus;
import org.twinport.catalog.ProductView;
import org.twinport.shared.Money;

/** Reads products back in the shape the API returns them. */
@Component
class ProductReader {

	static final String SELECT = """
			select p.*, c.code as category_code from catalog.product p
			left join catalog.category c on c.id = p.category_id
			""";

	private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProductReader(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<ProductView> find(@Nullable Long scope, long id) {
		return jdbc.sql(SELECT + " where p.id = :id and (cast(:scope as bigint) is null or p.merchant_id = :scope)")
			.param("id", id)
			.param("scope", scope)
			.query(this::productRow)
			.optional();
	}

	List<ProductView> page(@Nullable Long scope, int page, int size) {
		return jdbc.sql(SELECT
				+ " where cast(:scope as bigint) is null or p.merchant_id = :scope order by p.id limit :size offset :off")
			.param("scope", scope)
			.param("size", size)
			.param("off", (long) page * size)
			.query(this::productRow)
			.list();
	}

	long count(@Nullable Long scope) {
		return jdbc
			.sql("select count(*) from catalog.product where cast(:scope as bigint) is null or merchant_id = :scope")
			.param("scope", scope)
			.query(Long.class)
			.single();
	}

	private ProductView productRow(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		String currency = rs.getString("currency");
		Map<String, ProductDraft.Text> texts = new LinkedHashMap<>();
		jdbc.sql("select lang, title, description from catalog.product_text where product_id = :id order by lang")
			.param("id", id)
			.query(t -> {
				texts.put(t.getString(1), new ProductDraft.Text(t.getString(2), t.getString(3)));
			});
		Map<String, Money> marketPrices = new LinkedHashMap<>();
		jdbc.sql("select country_code, amount from catalog.market_price where product_id = :id order by country_code")
			.param("id", id)
			.query(m -> {
				marketPrices.put(m.getString(1),
						new Money(m.getBigDecimal(2).stripTrailingZeros(), currency).rounded());
			});
		List<ProductView.Variant> variants = jdbc.sql(
				"select id, sku, options::text, price, weight_grams from catalog.variant where product_id = :id order by id")
			.param("id", id)
			.query((v, r) -> new ProductView.Variant(v.getLong(1), v.getString(2),
					json.readValue(v.getString(3), STRINGS),
					v.getBigDecimal(4) == null ? null : new Money(v.getBigDecimal(4), currency).rounded(),
					(Integer) v.getObject(5)))
			.list();
		Map<String, String> nationalCodes = new LinkedHashMap<>();
		jdbc.sql("select country_code, code from catalog.product_national_code where product_id = :id "
				+ "order by country_code")
			.param("id", id)
			.query(c -> {
				nationalCodes.put(c.getString(1), c.getString(2));
			});
		return new ProductView(id, rs.getLong("merchant_id"), rs.getString("sku"), rs.getString("category_code"),
				rs.getString("default_lang"), texts, json.readValue(rs.getString("attributes"), STRINGS),
				rs.getString("hs_code"), rs.getString("origin_country"), (Integer) rs.getObject("weight_grams"),
				new ProductDraft.Dimensions((Integer) rs.getObject("length_mm"), (Integer) rs.getObject("width_mm"),
						(Integer) rs.getObject("height_mm")),
				new Money(rs.getBigDecimal("base_price"), currency).rounded(),
				ProductStatus.valueOf(rs.getString("status")), strings(rs.getArray("markets")), marketPrices, variants,
				rs.getBoolean("demo"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), nationalCodes);
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
