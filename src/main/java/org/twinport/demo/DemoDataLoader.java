package org.twinport.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.catalog.MerchantManagement;
import org.twinport.exchange.ExchangeImport;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkImport;
import org.twinport.platform.TwinportProperties;
import org.twinport.pricing.LandedCost;
import org.twinport.shared.Passwords;

/**
 * Loads the demo dataset once, into a database that has never held one, in a single
 * transaction. The accounts' generated passwords are logged exactly once.
 * <p>
 * Longer than 300 lines because it orders the whole dataset: which module's samples load
 * after which, once each; the samples themselves live in the {@code *Samples} classes.
 */
@Component
@Order(100)
class DemoDataLoader implements ApplicationRunner, org.springframework.context.SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final TwinportProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final NetworkImport networkImport;

	private final NetworkDirectory directory;

	private final ExchangeImport exchangeImport;

	private final MerchantManagement merchants;

	private final AccountManagement accounts;

	private final LandedCost landedCost;

	private final java.util.concurrent.ExecutorService sampleLoader = java.util.concurrent.Executors
		.newSingleThreadExecutor(runnable -> new Thread(runnable, "demo-samples"));

	@org.springframework.beans.factory.annotation.Value("${twinport.demo-samples-in-background:true}")
	private boolean samplesInBackground;

	private final CatalogSamples catalogSamples;

	private final SyntheticTradeStatistics tradeStatistics;

	private final MatchmakingSamples matchmakingSamples;

	private final MarketplaceSamples marketplaceSamples;

	DemoDataLoader(TwinportProperties properties, JdbcClient jdbc, TransactionTemplate transaction,
			NetworkImport networkImport, NetworkDirectory directory, ExchangeImport exchangeImport,
			MerchantManagement merchants, AccountManagement accounts, LandedCost landedCost,
			CatalogSamples catalogSamples, SyntheticTradeStatistics tradeStatistics,
			MatchmakingSamples matchmakingSamples, MarketplaceSamples marketplaceSamples) {
		this.marketplaceSamples = marketplaceSamples;
		this.tradeStatistics = tradeStatistics;
		this.matchmakingSamples = matchmakingSamples;
		this.landedCost = landedCost;
		this.catalogSamples = catalogSamples;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.networkImport = networkImport;
		this.directory = directory;
		this.exchangeImport = exchangeImport;
		this.merchants = merchants;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo()) {
			return;
		}
		if (landedCost.ruleSets().isEmpty()) {
			loadDemoRules();
		}
		boolean loadedBefore = jdbc.sql("select count(*) from demo.dataset").query(Long.class).single() > 0;
		boolean networkEmpty = directory.summary("en").partnerships() == 0;
		if (loadedBefore || !networkEmpty) {
			loadSamples();
			return;
		}
		Map<String, String> credentials = transaction.execute(status -> load());
		loadSamples();
		StringBuilder lines = new StringBuilder();
		credentials.forEach((user, password) -> lines.append(String.format("%n   %-22s %s", user, password)));
		log.warn("""

				==================================================================
				 Loaded the DEMO dataset (Jinan's partner network and exchanges, sample merchants).
				 Demo accounts, with passwords shown only this once:{}
				 Start with TWINPORT_DEMO=false on an empty database to skip this.
				==================================================================""", lines);
	}

	private void loadDemoRules() {
		try (InputStream rules = new ClassPathResource("pricing/demo-rules-2026-11.json").getInputStream()) {
			var info = landedCost.load(new String(rules.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
					"demo");
			log.info("Loaded the DEMO landed-cost rule set {} for {}", info.version(), info.markets());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, String> load() {
		try (InputStream network = new ClassPathResource("demo/jinan-network.json").getInputStream()) {
			networkImport.importNetwork(network);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (InputStream exchanges = new ClassPathResource("demo/jinan-exchanges.json").getInputStream()) {
			exchangeImport.importExchanges(exchanges);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long jinan = directory.placeIdByCode("cn-jinan").orElseThrow();
		long coventry = directory.placeIdByCode("gb-coventry").orElseThrow();
		long sampleMerchant = merchants.register("cn-jinan-sample-tea", "Sample Tea Trading Co. (demo)",
				Map.of("en", "Sample Spring City Tea (demo)", "zh", "示例泉城茶叶（演示）"), jinan, "CN", "CNY", true, true);

		Map<String, String> credentials = new LinkedHashMap<>();
		credentials.put("office.coventry",
				create("office.coventry", "Coventry partner office (demo)", Role.PARTNER_OFFICE, coventry, null));
		credentials.put("merchant.jinan-tea",
				create("merchant.jinan-tea", "Sample Spring City Tea (demo)", Role.MERCHANT, null, sampleMerchant));
		credentials.put("buyer.demo", create("buyer.demo", "Demo buyer", Role.BUYER, null, null));
		jdbc.sql("insert into demo.dataset (name) values ('jinan')").update();
		return credentials;
	}

	/**
	 * Sample upcoming exchanges, dated from the day they are loaded (the demo's first
	 * start), so that the calendar and matchmaking sessions have something ahead of them;
	 * the demo's real exchanges all lie in the past.
	 */
	private void loadUpcomingExchangesOnce() {
		boolean hasDemoNetwork = jdbc.sql("select count(*) from demo.dataset where name = 'jinan'")
			.query(Long.class)
			.single() > 0;
		boolean loaded = jdbc.sql("select count(*) from demo.dataset where name = 'upcoming-exchanges'")
			.query(Long.class)
			.single() > 0;
		if (!hasDemoNetwork || loaded) {
			return;
		}
		String template;
		try (InputStream input = new ClassPathResource("demo/upcoming-exchanges.json").getInputStream()) {
			template = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String document = datedFrom(template, LocalDate.now());
		transaction.executeWithoutResult(status -> {
			exchangeImport.importExchanges(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
			jdbc.sql("insert into demo.dataset (name) values ('upcoming-exchanges')").update();
		});
		log.info("Loaded sample upcoming exchanges (marked as samples), dated from {}", LocalDate.now());
	}

	/** Replaces each {@code {{today+N}}} with the ISO date N days after today. */
	static String datedFrom(String template, LocalDate today) {
		return RELATIVE_DAY.matcher(template)
			.replaceAll(match -> today.plusDays(Long.parseLong(match.group(1))).toString());
	}

	private static final Pattern RELATIVE_DAY = Pattern.compile("\\{\\{today\\+(\\d+)}}");

	/**
	 * The sample catalog came later than the network: an installation with the demo
	 * network gets it once too.
	 */
	private void loadCatalogSamplesOnce() {
		boolean hasDemoNetwork = jdbc.sql("select count(*) from demo.dataset where name = 'jinan'")
			.query(Long.class)
			.single() > 0;
		boolean loaded = jdbc.sql("select count(*) from demo.dataset where name = 'catalog'")
			.query(Long.class)
			.single() > 0;
		if (hasDemoNetwork && !loaded) {
			transaction.executeWithoutResult(status -> {
				catalogSamples.load();
				jdbc.sql("insert into demo.dataset (name) values ('catalog')").update();
			});
			log.info("Loaded the sample catalog (demo merchants and products, marked as samples).");
		}
	}

	/**
	 * The sample catalog, synthetic statistics and matchmaking samples take seconds: by
	 * default they load after start-up, so that the platform is ready at once and the
	 * samples appear shortly after.
	 */
	private void loadSamples() {
		if (!samplesInBackground) {
			loadSamplesNow();
			return;
		}
		log.info("Loading the sample catalog, synthetic trade statistics, matchmaking samples and sample orders in the "
				+ "background");
		sampleLoader.execute(() -> {
			try {
				loadSamplesNow();
			}
			catch (RuntimeException ex) {
				log.error("Loading the demo samples failed; the rest of the demo data is in place", ex);
			}
		});
	}

	private void loadSamplesNow() {
		loadUpcomingExchangesOnce();
		loadCatalogSamplesOnce();
		loadTradeStatisticsOnce();
		loadMatchmakingSamplesOnce();
		loadMarketplaceOrdersOnce();
	}

	private volatile boolean running;

	@Override
	public void start() {
		running = true;
	}

	/**
	 * Context shutdown stops lifecycles before it destroys any bean: a sample load in
	 * progress finishes while the database and the search index are still open.
	 */
	@Override
	public void stop() {
		running = false;
		sampleLoader.shutdown();
		try {
			if (!sampleLoader.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)) {
				log.warn("Demo samples still loading at shutdown; they will be loaded again at the next start");
				sampleLoader.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Synthetic trade statistics came with trade insight; they need the sample FX rates
	 * for nothing (all USD).
	 */
	private void loadTradeStatisticsOnce() {
		boolean hasDemoNetwork = jdbc.sql("select count(*) from demo.dataset where name = 'jinan'")
			.query(Long.class)
			.single() > 0;
		boolean loaded = jdbc.sql("select count(*) from demo.dataset where name = 'insight'")
			.query(Long.class)
			.single() > 0;
		if (hasDemoNetwork && !loaded) {
			var run = tradeStatistics.load();
			jdbc.sql("insert into demo.dataset (name) values ('insight')").update();
			log.info("Loaded SYNTHETIC trade statistics ({} rows, {}): invented figures for the demo dashboard.",
					run.imported(), run.status());
		}
	}

	/**
	 * Matchmaking came after the catalog: an installation with the sample catalog gets
	 * its samples once too.
	 */
	private void loadMatchmakingSamplesOnce() {
		boolean hasCatalog = jdbc.sql("select count(*) from demo.dataset where name = 'catalog'")
			.query(Long.class)
			.single() > 0;
		boolean loaded = jdbc.sql("select count(*) from demo.dataset where name = 'matchmaking'")
			.query(Long.class)
			.single() > 0;
		if (hasCatalog && !loaded) {
			transaction.executeWithoutResult(status -> {
				matchmakingSamples.load();
				jdbc.sql("insert into demo.dataset (name) values ('matchmaking')").update();
			});
			log.info("Loaded the sample matchmaking data (companies and a session, marked as samples).");
		}
	}

	/**
	 * Sample orders came with marketplace trade flows: placed and paid through the
	 * ordering module, each in its own transaction, so that their events reach the trade
	 * insight listeners as real orders' do.
	 */
	private void loadMarketplaceOrdersOnce() {
		boolean hasCatalog = jdbc.sql("select count(*) from demo.dataset where name = 'catalog'")
			.query(Long.class)
			.single() > 0;
		boolean loaded = jdbc.sql("select count(*) from demo.dataset where name = 'marketplace-orders'")
			.query(Long.class)
			.single() > 0;
		if (hasCatalog && !loaded) {
			int placed = marketplaceSamples.load();
			jdbc.sql("insert into demo.dataset (name) values ('marketplace-orders')").update();
			log.info("Placed and paid {} sample marketplace orders (demo buyer); their trade flows follow the events.",
					placed);
		}
	}

	private String create(String username, String displayName, Role role, Long placeId, Long companyId) {
		if (accounts.exists(username)) {
			return "(account existed already; password unchanged)";
		}
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, displayName, role, placeId, companyId, true));
		return password;
	}

}
