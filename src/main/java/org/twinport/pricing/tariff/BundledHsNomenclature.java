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

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.shared.CsvReader;

/**
 * Loads the bundled HS 2022 file (7,000 rows, well under a second) into an installation
 * that does not have it yet. A runner of the highest precedence, so that the codes are
 * there before anything else started with the application (the demo's sample catalog)
 * checks a product's code against them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BundledHsNomenclature implements ApplicationRunner {

	private static final String RESOURCE = "pricing/tariffs/hs/hs2022_harmonized-system.csv";

	private static final Logger log = LoggerFactory.getLogger(BundledHsNomenclature.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final TransactionTemplate transactions;

	BundledHsNomenclature(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		loadOnce();
	}

	void loadOnce() {
		long started = System.nanoTime();
		Optional<Integer> loaded = transactions.execute(tx -> {
			// One node loads; another starting at the same time waits and finds the rows.
			jdbc.sql("lock table pricing.hs_code in exclusive mode").update();
			if (jdbc.sql("select count(*) from pricing.hs_code where edition = :edition")
				.param("edition", HsNomenclature.EDITION)
				.query(Long.class)
				.single() > 0) {
				return Optional.empty();
			}
			return Optional.of(insertAll());
		});
		loaded.ifPresent(rows -> log.info("Loaded {} {} codes in {} ms", rows, HsNomenclature.EDITION,
				(System.nanoTime() - started) / 1_000_000));
	}

	private int insertAll() {
		List<Object[]> rows = new ArrayList<>();
		try (InputStream in = BundledHsNomenclature.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The bundled " + RESOURCE + " is missing");
			}
			CsvReader csv = CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> header = csv.next().cells();
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				columns.put(header.get(i).strip(), i);
			}
			for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
				List<String> fields = row.cells();
				String code = fields.get(columns.get("hscode"));
				// Comtrade's placeholders (99, 9999, 999999 "not specified according to kind") and TOTAL are not HS codes.
				if (!code.matches("\\d{2}|\\d{4}|\\d{6}") || code.matches("9+")) {
					continue;
				}
				String parent = fields.get(columns.get("parent"));
				rows.add(new Object[] { HsNomenclature.EDITION, code, Integer.parseInt(fields.get(columns.get("level"))),
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
