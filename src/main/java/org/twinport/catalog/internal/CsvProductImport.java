package org.twinport.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
import org.twinport.shared.NotFoundException;

/**
 * Imports run one at a time on a background thread; jobs are kept in memory until
 * restart.
 */
@Service
class CsvProductImport implements ProductImport {

	private final ProductManagement products;

	private final MerchantManagement merchants;

	private final Map<String, Progress> jobs = new ConcurrentHashMap<>();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "catalog-import");
		thread.setDaemon(true);
		return thread;
	});

	CsvProductImport(ProductManagement products, MerchantManagement merchants) {
		this.products = products;
		this.merchants = merchants;
	}

	private static final class Progress {

		final String id = UUID.randomUUID().toString();

		final long merchantId;

		volatile String state = "RUNNING";

		volatile int total;

		volatile int processed;

		volatile int saved;

		volatile String message = "";

		final List<List<String>> errors = new ArrayList<>();

		Progress(long merchantId) {
			this.merchantId = merchantId;
		}

		synchronized void reject(int line, String handle, String reason) {
			errors.add(List.of(Integer.toString(line), handle, reason));
		}

		synchronized ImportJob view() {
			return new ImportJob(id, merchantId, state, total, processed, saved, errors.size(), message);
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
		jobs.put(progress.id, progress);
		worker.submit(() -> run(progress, columns, rows.subList(1, rows.size()), currency));
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
		return find(scope, id).view();
	}

	@Override
	public String errors(Long scope, String id) {
		Progress progress = find(scope, id);
		StringBuilder out = new StringBuilder(Csv.line(List.of("Line", "Handle", "Reason")));
		synchronized (progress) {
			progress.errors.forEach(error -> out.append(Csv.line(error)));
		}
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

	private Progress find(Long scope, String id) {
		Progress progress = id == null ? null : jobs.get(id);
		if (progress == null || (scope != null && scope != progress.merchantId)) {
			throw new NotFoundException("No such import");
		}
		return progress;
	}

}
