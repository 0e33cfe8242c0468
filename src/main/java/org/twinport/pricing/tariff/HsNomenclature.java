package org.twinport.pricing.tariff;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The HS 2022 nomenclature (UN Comtrade's H6 list, ODC-PDDL), loaded once from the
 * bundled file: 7,000 rows, well under a second, so it is there from the first start.
 */
@Service
public class HsNomenclature {

	public static final String EDITION = "HS2022";

	private static final String RESOURCE = "pricing/tariffs/hs/hs2022_harmonized-system.csv";

	private static final Logger log = LoggerFactory.getLogger(HsNomenclature.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final TransactionTemplate transactions;

	HsNomenclature(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = transactions;
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

	@EventListener(ApplicationReadyEvent.class)
	void loadOnce() {
		long started = System.nanoTime();
		Optional<Integer> loaded = transactions.execute(tx -> {
			// One node loads; another starting at the same time waits and finds the rows.
			jdbc.sql("lock table pricing.hs_code in exclusive mode").update();
			if (jdbc.sql("select count(*) from pricing.hs_code where edition = :edition")
				.param("edition", EDITION)
				.query(Long.class)
				.single() > 0) {
				return Optional.empty();
			}
			return Optional.of(insertAll());
		});
		loaded.ifPresent(rows -> log.info("Loaded {} {} codes in {} ms", rows, EDITION,
				(System.nanoTime() - started) / 1_000_000));
	}

	private int insertAll() {
		List<Object[]> rows = new ArrayList<>();
		try (InputStream in = HsNomenclature.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The bundled " + RESOURCE + " is missing");
			}
			CsvRecordReader csv = new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> header = csv.next();
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				columns.put(header.get(i).strip(), i);
			}
			for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
				String code = fields.get(columns.get("hscode"));
				// Comtrade's placeholders (99, 9999, 999999 "not specified according to kind") and TOTAL are not HS codes.
				if (!code.matches("\\d{2}|\\d{4}|\\d{6}") || code.matches("9+")) {
					continue;
				}
				String parent = fields.get(columns.get("parent"));
				rows.add(new Object[] { EDITION, code, Integer.parseInt(fields.get(columns.get("level"))),
						fields.get(columns.get("description")), "TOTAL".equals(parent) ? null : parent,
						fields.get(columns.get("section")) });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		batches.batchUpdate("insert into pricing.hs_code (edition, code, level, description, parent, section) "
				+ "values (?, ?, ?, ?, ?, ?)", rows);
		return rows.size();
	}

}
