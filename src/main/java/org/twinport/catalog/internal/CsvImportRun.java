package org.twinport.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductManagement;
import org.twinport.shared.CsvReader;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.PlainText;
import org.twinport.shared.Reason;

/**
 * The parsing and writing path of a CSV import: reads the stored file one record at a
 * time, groups the consecutive rows of a Handle into a product, checks it, and writes
 * checked products in batches through {@link BulkProductWriter}. A batch the database
 * refuses as a whole is written again product by product, so that only the bad products
 * are reported. Memory stays flat whatever the file's size.
 */
@Component
class CsvImportRun {

	private static final Logger log = LoggerFactory.getLogger(CsvImportRun.class);

	static final String MERCHANT_COLUMN = "Merchant";

	private static final int BATCH = 500;

	private final BulkProductWriter writer;

	private final ProductManagement products;

	private final JdbcClient jdbc;

	private final ProductClassificationRules classification;

	CsvImportRun(BulkProductWriter writer, ProductManagement products, JdbcClient jdbc,
			ProductClassificationRules classification) {
		this.classification = classification;
		this.writer = writer;
		this.products = products;
		this.jdbc = jdbc;
	}

	/** Where a run reports its progress. */
	interface Listener {

		void processed(int rows);

		void saved(int products);

		/**
		 * @param refusal why, about a column or a field of the product (an empty field
		 * when the reason names it itself)
		 */
		void reject(int line, String handle, InvalidInputException refusal);

	}

	/** A merchant as the import needs it. */
	record Merchant(long id, String code, String currency, boolean demo) {
	}

	/** The header of a stored import file, checked; throws InvalidInputException. */
	ShopifyColumns header(Path file) {
		try (CsvReader records = open(file)) {
			CsvReader.Row header = records.next();
			if (header == null) {
				throw new InvalidInputException("csv", Reason.of("catalog.problem.csvEmpty"));
			}
			return new ShopifyColumns(header.cells());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param merchant the one merchant every row belongs to, or null when the file names
	 * the merchant (by code) in its Merchant column
	 */
	void run(Path file, @Nullable Merchant merchant, Listener listener) throws IOException {
		Map<String, Merchant> merchants = merchant == null ? merchantsByCode() : Map.of();
		Map<String, Long> categories = categories();
		Set<String> seen = new HashSet<>();
		List<Group> batch = new ArrayList<>();
		try (CsvReader records = open(file)) {
			List<String> header = records.next().cells();
			ShopifyColumns columns = new ShopifyColumns(header);
			Group group = null;
			for (CsvReader.Row row = records.next(); row != null; row = records.next()) {
				InvalidInputException notText = notText(row, header);
				if (notText != null) {
					listener.reject(row.line(), "", notText);
					listener.processed(1);
					continue;
				}
				String handle = columns.get(row.cells(), "Handle");
				if (handle.isEmpty()) {
					listener.reject(row.line(), "", new InvalidInputException("Handle", Reason.of("problem.required")));
					listener.processed(1);
					continue;
				}
				String code = columns.get(row.cells(), MERCHANT_COLUMN);
				if (group != null && group.handle.equals(handle) && (code.isEmpty() || code.equals(group.code))) {
					group.rows.add(row);
					continue;
				}
				if (group != null) {
					prepare(group, columns, merchant, merchants, categories, seen, batch, listener);
				}
				group = new Group(handle, code);
				group.rows.add(row);
				if (batch.size() >= BATCH) {
					flush(batch, listener);
				}
			}
			if (group != null) {
				prepare(group, columns, merchant, merchants, categories, seen, batch, listener);
			}
			flush(batch, listener);
		}
	}

	/** Why a row's cell is not text (a control character), or null when all are. */
	private static @Nullable InvalidInputException notText(CsvReader.Row row, List<String> header) {
		for (int i = 0; i < row.cells().size(); i++) {
			String cell = row.cells().get(i);
			int at = PlainText.firstForbidden(cell);
			if (at >= 0) {
				String character = String.format("%04X", (int) cell.charAt(at));
				String position = Integer.toString(at + 1);
				return new InvalidInputException("", i < header.size()
						? Reason.of("catalog.problem.importControlCharacter", header.get(i), character, position)
						: Reason.of("catalog.problem.importControlCharacterAt", Integer.toString(i + 1), character,
								position));
			}
		}
		return null;
	}

	private static final class Group {

		final String handle;

		final String code;

		final List<CsvReader.Row> rows = new ArrayList<>();

		BulkProductWriter.Item item;

		Group(String handle, String code) {
			this.handle = handle;
			this.code = code;
		}

	}

	private void prepare(Group group, ShopifyColumns columns, Merchant fixed, Map<String, Merchant> merchants,
			Map<String, Long> categories, Set<String> seen, List<Group> batch, Listener listener) {
		try {
			Merchant merchant = fixed;
			if (fixed == null) {
				merchant = merchants.get(group.code);
				if (merchant == null) {
					throw new InvalidInputException(MERCHANT_COLUMN, Reason.of("catalog.problem.unknownMerchantCode"));
				}
			}
			else if (!group.code.isEmpty() && !group.code.equals(fixed.code())) {
				throw new InvalidInputException(MERCHANT_COLUMN, Reason.of("catalog.problem.merchantColumn", fixed.code()));
			}
			if (!seen.add(merchant.id() + "/" + group.handle)) {
				throw new InvalidInputException("Handle",
						Reason.of("catalog.problem.handleRepeated"));
			}
			ProductDraft draft = columns.draft(group.rows.stream().map(CsvReader.Row::cells).toList(),
					merchant.currency());
			ProductDraftRules.check(draft, merchant.currency());
			classification.checkHsCode(draft);
			Long category = null;
			if (draft.categoryCode() != null && !draft.categoryCode().isBlank()) {
				category = categories.get(draft.categoryCode());
				if (category == null) {
					throw new InvalidInputException("categoryCode", Reason.of("catalog.problem.unknownCategory"));
				}
			}
			group.item = new BulkProductWriter.Item(merchant.id(), merchant.demo(), category, draft);
			batch.add(group);
		}
		catch (InvalidInputException ex) {
			rejectAll(group, ex, listener);
		}
		catch (RuntimeException ex) {
			rejectAll(group, new InvalidInputException("",
					Reason.of("catalog.problem.rowUnreadable", ex.getClass().getSimpleName())), listener);
		}
	}

	private void flush(List<Group> batch, Listener listener) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			List<@Nullable InvalidInputException> outcome = writer.write(batch.stream().map(group -> group.item).toList());
			int saved = 0;
			for (int i = 0; i < batch.size(); i++) {
				InvalidInputException refused = outcome.get(i);
				if (refused == null) {
					saved++;
					listener.processed(batch.get(i).rows.size());
				}
				else {
					rejectAll(batch.get(i), refused, listener);
				}
			}
			listener.saved(saved);
		}
		catch (RuntimeException ex) {
			log.info("An import batch was refused as a whole ({}); writing it product by product", ex.toString());
			for (Group group : batch) {
				writeAlone(group, listener);
			}
		}
		batch.clear();
	}

	private void writeAlone(Group group, Listener listener) {
		try {
			products.save(group.item.merchantId(), group.item.draft());
			listener.saved(1);
			listener.processed(group.rows.size());
		}
		catch (InvalidInputException ex) {
			rejectAll(group, ex, listener);
		}
		catch (RuntimeException ex) {
			rejectAll(group, new InvalidInputException("",
					Reason.of("catalog.problem.rowUnsaved", ex.getClass().getSimpleName())), listener);
		}
	}

	private static void rejectAll(Group group, InvalidInputException refusal, Listener listener) {
		for (CsvReader.Row row : group.rows) {
			listener.reject(row.line(), group.handle, refusal);
		}
		listener.processed(group.rows.size());
	}

	private Map<String, Merchant> merchantsByCode() {
		Map<String, Merchant> merchants = new HashMap<>();
		jdbc.sql("select id, code, payout_currency, demo from catalog.merchant").query(rs -> {
			merchants.put(rs.getString(2),
					new Merchant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
		});
		return merchants;
	}

	Merchant merchant(long id) {
		return jdbc.sql("select id, code, payout_currency, demo from catalog.merchant where id = :id")
			.param("id", id)
			.query((rs, row) -> new Merchant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.optional()
			.orElseThrow(() -> new org.twinport.shared.NotFoundException(Reason.of("catalog.problem.noMerchant")));
	}

	private Map<String, Long> categories() {
		Map<String, Long> categories = new HashMap<>();
		jdbc.sql("select code, id from catalog.category").query(rs -> {
			categories.put(rs.getString(1), rs.getLong(2));
		});
		return categories;
	}

	private static CsvReader open(Path file) throws IOException {
		return CsvReader.of(new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16))
			.restoringNeutralisedCells();
	}

}
