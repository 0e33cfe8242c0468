package org.twinport.catalog.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.Categories;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** The category tree: codes, names per language, and a parent that never makes a cycle. */
@Service
class CategoryService implements Categories {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CategoryService(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public List<Category> all() {
		return jdbc.sql("""
				select c.id, c.code, p.code, c.names::text from catalog.category c
				left join catalog.category p on p.id = c.parent_id order by c.id""")
			.query((rs, row) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3),
					json.readValue(rs.getString(4), new TypeReference<Map<String, String>>() {
					})))
			.list();
	}

	@Override
	@Transactional
	public Category define(String code, String parentCode, Map<String, String> names) {
		if (code == null || !code.matches("^[a-z0-9][a-z0-9-]{0,59}$")) {
			throw new InvalidInputException("code", Reason.of("catalog.problem.categoryCode"));
		}
		if (names == null || names.getOrDefault("en", "").isBlank()) {
			throw new InvalidInputException("names", Reason.of("catalog.problem.englishName"));
		}
		Long parent = null;
		if (parentCode != null && !parentCode.isBlank()) {
			if (parentCode.equals(code)) {
				throw new InvalidInputException("parentCode", Reason.of("catalog.problem.parentIsItself"));
			}
			parent = jdbc.sql("select id from catalog.category where code = :c")
				.param("c", parentCode)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new InvalidInputException("parentCode", Reason.of("catalog.problem.unknownCategory")));
			boolean cycle = jdbc.sql("""
					with recursive up(id, parent_id, code) as (
					  select id, parent_id, code from catalog.category where id = :parent
					  union all select c.id, c.parent_id, c.code from catalog.category c join up on c.id = up.parent_id)
					select count(*) from up where code = :code""")
				.param("parent", parent)
				.param("code", code)
				.query(Long.class)
				.single() > 0;
			if (cycle) {
				throw new InvalidInputException("parentCode", Reason.of("catalog.problem.parentIsDescendant"));
			}
		}
		jdbc.sql("""
				insert into catalog.category (code, parent_id, names) values (:code, :parent, cast(:names as jsonb))
				on conflict (code) do update set parent_id = excluded.parent_id, names = excluded.names""")
			.param("code", code)
			.param("parent", parent)
			.param("names", json.writeValueAsString(names))
			.update();
		return all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

}
