package org.twinport.pricing.tariff;

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

	/** Every 6-digit subheading of the edition; empty until the bundled file is loaded. */
	public Set<String> subheadings() {
		return Set.copyOf(jdbc.sql("select code from pricing.hs_code where edition = :edition and level = 6")
			.param("edition", EDITION)
			.query(String.class)
			.list());
	}

}
