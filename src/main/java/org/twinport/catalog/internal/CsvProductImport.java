package org.twinport.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.twinport.catalog.ImportJob;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductImport;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.platform.TwinportProperties;
import org.twinport.shared.CsvWriter;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.Refusals;
import org.twinport.shared.Reason;

/**
 * Imports run one at a time on a background thread, from the upload stored under
 * {@code TWINPORT_HOME/imports}; their progress and rejected lines are written to the
 * database by {@link ImportJobStore}.
 */
@Service
class CsvProductImport implements ProductImport {

	private final ProductManagement products;

	private final CsvImportRun run;

	/** Uploads wait here while their import runs, and are removed when it ends. */
	private final Path uploads;

	private final ImportJobStore store;

	private final Refusals refusals;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "catalog-import");
		thread.setDaemon(true);
		return thread;
	});

	CsvProductImport(ProductManagement products, CsvImportRun run, TwinportProperties properties,
			ImportJobStore store, Refusals refusals) {
		this.refusals = refusals;
		this.products = products;
		this.run = run;
		this.uploads = properties.home().resolve("imports").toAbsolutePath();
		this.store = store;
	}

	/**
	 * A running import's progress. Its report (rejected lines, the reason it failed) is
	 * stored worded, in the language of the one who started it: the report is a file they
	 * download and fix their CSV by, and API clients read it as text, as before.
	 */
	private static final class Progress implements CsvImportRun.Listener, ImportJobStore.Tracked {

		final String id = UUID.randomUUID().toString();

		final long merchantId;

		volatile String state = "RUNNING";

		volatile int total;

		volatile int processed;

		volatile int saved;

		volatile String message = "";

		private List<List<String>> errors = new ArrayList<>();

		private int rejected;

		private final Refusals refusals;

		private final Locale reportLanguage;

		Progress(long merchantId, Refusals refusals, Locale reportLanguage) {
			this.merchantId = merchantId;
			this.refusals = refusals;
			this.reportLanguage = reportLanguage;
		}

		@Override
		public synchronized void reject(int line, String handle, InvalidInputException refusal) {
			String why = refusals.say(refusal, reportLanguage);
			errors.add(List.of(Integer.toString(line), handle,
					refusal.field().isEmpty() ? why : refusal.field() + ": " + why));
			rejected++;
		}

		@Override
		public synchronized void processed(int rows) {
			processed += rows;
		}

		@Override
		public synchronized void saved(int products) {
			saved += products;
		}

		synchronized ImportJob view() {
			return new ImportJob(id, merchantId, state, total, processed, saved, rejected, message);
		}

		@Override
		public ImportJob snapshot() {
			return view();
		}

		@Override
		public synchronized List<List<String>> drainErrors() {
			List<List<String>> drained = errors;
			errors = new ArrayList<>();
			return drained;
		}

	}

	@Override
	public ImportJob start(@Nullable Long merchantId, InputStream csv, Locale reportLanguage) throws IOException {
		CsvImportRun.Merchant merchant = merchantId == null ? null : run.merchant(merchantId);
		Progress progress = new Progress(merchantId == null ? 0 : merchantId, refusals, reportLanguage);
		Files.createDirectories(uploads);
		Path file = uploads.resolve(progress.id + ".csv");
		boolean started = false;
		try {
			progress.total = store(csv, file) - 1;
			ShopifyColumns columns = run.header(file);
			if (merchant == null && !columns.has(CsvImportRun.MERCHANT_COLUMN)) {
				throw new InvalidInputException("merchantId",
						Reason.of("catalog.problem.merchantForAdminImport"));
			}
			store.track(progress);
			worker.submit(() -> {
				try {
					run(progress, file, merchant);
				}
				finally {
					store.flush(progress);
				}
			});
			started = true;
			return progress.view();
		}
		finally {
			if (!started) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * Copies the upload to the file and counts its CSV records (line breaks outside
	 * quotes, blank lines not counted) on the way.
	 */
	private static int store(InputStream csv, Path file) throws IOException {
		int records = 0;
		boolean quoted = false;
		boolean content = false;
		byte[] buffer = new byte[1 << 16];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n = csv.read(buffer); n >= 0; n = csv.read(buffer)) {
				out.write(buffer, 0, n);
				for (int i = 0; i < n; i++) {
					byte b = buffer[i];
					if (b == '"') {
						quoted = !quoted;
						content = true;
					}
					else if (!quoted && (b == '\n' || b == '\r')) {
						if (content) {
							records++;
						}
						content = false;
					}
					else {
						content = true;
					}
				}
			}
		}
		if (content) {
			records++;
		}
		if (records == 0) {
			throw new InvalidInputException("csv", Reason.of("catalog.problem.csvEmpty"));
		}
		return records;
	}

	private void run(Progress progress, Path file, CsvImportRun.Merchant merchant) {
		try {
			run.run(file, merchant, progress);
			progress.state = "DONE";
		}
		catch (IOException | RuntimeException ex) {
			progress.state = "FAILED";
			progress.message = ex instanceof RuntimeException refusal ? refusals.say(refusal, progress.reportLanguage)
					: String.valueOf(ex.getMessage());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				progress.message = progress.message + " " + refusals
					.say(Reason.of("import.uploadNotRemoved", String.valueOf(ex.getMessage())), progress.reportLanguage);
			}
		}
	}

	@Override
	public ImportJob job(@Nullable Long scope, String id) {
		return store.job(scope, id);
	}

	@Override
	public List<ImportJob> recent(@Nullable Long scope, int limit) {
		return store.recent(scope, limit);
	}

	@Override
	public String errors(@Nullable Long scope, String id) {
		CsvWriter out = new CsvWriter().row("Line", "Handle", "Reason");
		store.errors(scope, id).forEach(out::row);
		return out.toString();
	}

	@Override
	public String export(long merchantId) {
		CsvWriter out = new CsvWriter().row(ShopifyColumns.EXPORT_HEADER);
		int page = 0;
		while (true) {
			List<ProductView> batch = products.products(merchantId, page++, 200).items();
			if (batch.isEmpty()) {
				return out.toString();
			}
			batch.forEach(product -> exportProduct(out, product));
		}
	}

	private static void exportProduct(CsvWriter out, ProductView p) {
		ProductDraft.Text main = p.texts().getOrDefault(p.defaultLang(), p.texts().values().iterator().next());
		List<ProductView.Variant> variants = p.variants().isEmpty()
				? List.of(new ProductView.Variant(0, "", Map.of(), null, p.weightGrams())) : p.variants();
		boolean first = true;
		for (ProductView.Variant v : variants) {
			String optionName = v.options().isEmpty() ? "" : v.options().keySet().iterator().next();
			List<Object> cells = new ArrayList<>(
					Arrays.asList(p.sku(), first ? main.title() : "", first ? main.description() : "", "",
							first ? optionName : "", optionName.isEmpty() ? "" : v.options().get(optionName), v.sku(),
							v.weightGrams(), (v.price() == null ? p.basePrice() : v.price()).amount()));
			if (first) {
				cells.addAll(List.of(p.status().name().toLowerCase(), p.hsCode(), p.originCountry(),
						String.join(" ", p.markets()), p.categoryCode() == null ? "" : p.categoryCode(),
						p.defaultLang(), title(p, "zh"), description(p, "zh"), title(p, "ja"), title(p, "ko"),
						title(p, "ru"), title(p, "fi"), title(p, "de")));
			}
			out.row(cells);
			first = false;
		}
	}

	private static String title(ProductView p, String lang) {
		return p.texts().containsKey(lang) && !lang.equals(p.defaultLang()) ? p.texts().get(lang).title() : "";
	}

	private static String description(ProductView p, String lang) {
		return p.texts().containsKey(lang) && !lang.equals(p.defaultLang()) ? p.texts().get(lang).description() : "";
	}

}
