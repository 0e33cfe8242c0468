package org.twinport.pricing.tariff;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The HS 2022 nomenclature (UN Comtrade's H6 list, ODC-PDDL), loaded from the bundled
 * file at start-up by {@link BundledHsNomenclature}.
 */
@Service
public class HsNomenclature {

	public static final String EDITION = "HS2022";

	private final JdbcClient jdbc;

	HsNomenclature(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record HsCode(String edition, String code, boolean exists, Integer level, String description,
			String parent, String section) {
	}

	public HsCode find(String code) {
		return jdbc.sql("select code, level, description, parent, section from pricing.hs_code "
				+ "where edition = :edition and code = :code")
			.param("edition", EDITION)
			.param("code", code)
			.query((rs, n) -> new HsCode(EDITION, rs.getString(1), true, rs.getInt(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.optional()
			.orElse(new HsCode(EDITION, code, false, null, null, null, null));
	}

	public boolean exists(String code) {
		return find(code).exists();
	}

	/**
	 * Up to {@code limit} 6-digit subheadings whose code starts with the digits typed, or
	 * whose description holds every word typed, by code; with their descriptions.
	 */
	public java.util.Map<String, String> search(String typed, int limit) {
		String text = typed == null ? "" : typed.replaceAll("[ .]", "").strip();
		java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
		if (text.isEmpty() || text.length() > 60) {
			return found;
		}
		boolean digits = text.chars().allMatch(Character::isDigit);
		List<String> words = new java.util.ArrayList<>();
		for (String word : typed.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
			words.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		jdbc.sql("select code, description from pricing.hs_code where edition = :edition and level = 6 and "
				+ (digits ? "code like :prefix" : "lower(description) like all (cast(:words as text[]))")
				+ " order by code limit :limit")
			.param("edition", EDITION)
			.param("prefix", text + "%")
			.param("words", words.toArray(String[]::new))
			.param("limit", limit)
			.query((rs, n) -> found.put(rs.getString(1), rs.getString(2)))
			.list();
		return found;
	}

	/** Every 6-digit subheading of the edition; empty until the bundled file is loaded. */
	public Set<String> subheadings() {
		return Set.copyOf(jdbc.sql("select code from pricing.hs_code where edition = :edition and level = 6")
			.param("edition", EDITION)
			.query(String.class)
			.list());
	}

}
