package org.twinport.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.stereotype.Service;
import org.twinport.catalog.ImportJob;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductImport;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.shared.InvalidInputException;

/**
 * Imports run one at a time on a background thread; their progress and rejected lines are
 * written to the database by {@link ImportJobStore}.
 */
@Service
class CsvProductImport implements ProductImport {

	private final ProductManagement products;

	private final MerchantManagement merchants;

	private final ImportJobStore store;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "catalog-import");
		thread.setDaemon(true);
		return thread;
	});

	CsvProductImport(ProductManagement products, MerchantManagement merchants, ImportJobStore store) {
		this.products = products;
		this.merchants = merchants;
		this.store = store;
	}

	private static final class Progress implements ImportJobStore.Tracked {

		final String id = UUID.randomUUID().toString();

		final long merchantId;

		volatile String state = "RUNNING";

		volatile int total;

		volatile int processed;

		volatile int saved;

		volatile String message = "";

		private List<List<String>> errors = new ArrayList<>();

		private int rejected;

		Progress(long merchantId) {
			this.merchantId = merchantId;
		}

		synchronized void reject(int line, String handle, String reason) {
			errors.add(List.of(Integer.toString(line), handle, reason));
			rejected++;
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
	public ImportJob start(long merchantId, String csv) {
		String currency = merchants.merchant(merchantId).payoutCurrency();
		List<Csv.Row> rows = Csv.parse(csv == null ? "" : csv);
		if (rows.isEmpty()) {
			throw new InvalidInputException("csv", "is empty");
		}
		ShopifyColumns columns = new ShopifyColumns(rows.get(0).cells());
		Progress progress = new Progress(merchantId);
		progress.total = rows.size() - 1;
		store.track(progress);
		worker.submit(() -> {
			try {
				run(progress, columns, rows.subList(1, rows.size()), currency);
			}
			finally {
				store.flush(progress);
			}
		});
		return progress.view();
	}

	private void run(Progress progress, ShopifyColumns columns, List<Csv.Row> rows, String currency) {
		try {
			Map<String, List<Csv.Row>> byHandle = new LinkedHashMap<>();
			for (Csv.Row row : rows) {
				String handle = columns.get(row.cells(), "Handle");
				if (handle.isEmpty()) {
					progress.reject(row.line(), "", "Handle is required");
					progress.processed++;
					continue;
				}
				byHandle.computeIfAbsent(handle, h -> new ArrayList<>()).add(row);
			}
			for (Map.Entry<String, List<Csv.Row>> product : byHandle.entrySet()) {
				List<Csv.Row> group = product.getValue();
				try {
					ProductDraft draft = columns.draft(group.stream().map(Csv.Row::cells).toList(), currency);
					products.save(progress.merchantId, draft);
					progress.saved++;
				}
				catch (InvalidInputException ex) {
					for (Csv.Row row : group) {
						progress.reject(row.line(), product.getKey(), ex.field() + ": " + ex.getMessage());
					}
				}
				catch (RuntimeException ex) {
					for (Csv.Row row : group) {
						progress.reject(row.line(), product.getKey(),
								"could not be saved: " + ex.getClass().getSimpleName());
					}
				}
				progress.processed += group.size();
			}
			progress.state = "DONE";
		}
		catch (RuntimeException ex) {
			progress.state = "FAILED";
			progress.message = ex.getMessage();
		}
	}

	@Override
	public ImportJob job(Long scope, String id) {
		return store.job(scope, id);
	}

	@Override
	public List<ImportJob> recent(Long scope, int limit) {
		return store.recent(scope, limit);
	}

	@Override
	public String errors(Long scope, String id) {
		StringBuilder out = new StringBuilder(Csv.line(List.of("Line", "Handle", "Reason")));
		store.errors(scope, id).forEach(error -> out.append(Csv.line(error)));
		return out.toString();
	}

	@Override
	public String export(long merchantId) {
		StringBuilder out = new StringBuilder(Csv.line(ShopifyColumns.EXPORT_HEADER));
		int page = 0;
		while (true) {
			List<ProductView> batch = products.products(merchantId, page++, 200).items();
			if (batch.isEmpty()) {
				return out.toString();
			}
			batch.forEach(product -> exportProduct(out, product));
		}
	}

	private static void exportProduct(StringBuilder out, ProductView p) {
		ProductDraft.Text main = p.texts().getOrDefault(p.defaultLang(), p.texts().values().iterator().next());
		List<ProductView.Variant> variants = p.variants().isEmpty()
				? List.of(new ProductView.Variant(0, "", Map.of(), null, p.weightGrams())) : p.variants();
		boolean first = true;
		for (ProductView.Variant v : variants) {
			String optionName = v.options().isEmpty() ? "" : v.options().keySet().iterator().next();
			List<String> cells = new ArrayList<>(
					List.of(p.sku(), first ? main.title() : "", first ? main.description() : "", "",
							first ? optionName : "", optionName.isEmpty() ? "" : v.options().get(optionName), v.sku(),
							v.weightGrams() == null ? "" : v.weightGrams().toString(),
							(v.price() == null ? p.basePrice() : v.price()).amount().toPlainString()));
			if (first) {
				cells.addAll(List.of(p.status().name().toLowerCase(), p.hsCode(), p.originCountry(),
						String.join(" ", p.markets()), p.categoryCode() == null ? "" : p.categoryCode(),
						p.defaultLang(), title(p, "zh"), description(p, "zh"), title(p, "ja"), title(p, "ko"),
						title(p, "ru"), title(p, "fi"), title(p, "de")));
			}
			out.append(Csv.line(cells));
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
