package org.twinport.pricing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.QuoteRequest.Item;
import org.twinport.pricing.tariff.BundledIndexes;
import org.twinport.pricing.tariff.TariffLines;
import org.twinport.shared.Money;

/**
 * In-process quotes for a 3-line cart large enough to clear every de minimis and
 * point-of-sale limit, so that each line's duty is computed, one thread. {@code schedules}:
 * {@code none} is the demo rules as they are (every duty from the rule set, as on main);
 * {@code all} is the same rules naming each market's schedule, with all five bundled
 * schedules indexed, so every duty comes from the national lines under the item's
 * subheading. Run with {@code bench/tariffs/run.sh}, which also measures main's code on the
 * same cart ({@code bench/tariffs/MainTariffCartBenchmark.java}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class TariffQuoteBenchmark {

	/** The markets whose rules name a schedule, and the schedule each names. */
	static final Map<String, String> SCHEDULES = Map.of("US", "US", "GB", "GB", "JP", "JP", "AU", "AU");

	@Param({ "US", "FI", "GB", "JP", "AU" })
	public String destination;

	@Param({ "none", "all" })
	public String schedules;

	private final LandedCostEngine engine = new LandedCostEngine();

	private final FixedRates rates = FixedRates.handy();

	private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

	private final Duration validity = Duration.ofMinutes(30);

	private CompiledRuleSet rules;

	private TariffLines tariffs;

	private QuoteRequest cart;

	@Setup
	public void setUp() {
		boolean all = schedules.equals("all");
		rules = all ? demoRulesNamingSchedules() : LandedCostWorkedExamplesTest.demoRules();
		tariffs = all ? BundledIndexes.all() : TariffLines.NONE;
		cart = cart(destination);
	}

	/** About EUR 920 of goods in three lines, without national codes: each line looks at its subheading. */
	static QuoteRequest cart(String destination) {
		return new QuoteRequest("CN", destination, null, Incoterm.DAP, LocalDate.of(2026, 11, 28),
				List.of(new Item("090210", "CN", 20, Money.of("18.50", "EUR"), new BigDecimal("0.25"), "Rose tea"),
						new Item("732391", "CN", 4, Money.of("64.00", "EUR"), new BigDecimal("2.4"), "Cast-iron wok"),
						new Item("200599", "CN", 30, Money.of("9.90", "EUR"), new BigDecimal("0.3"), "Black garlic")),
				Money.of("40.00", "EUR"), Money.of("3.00", "EUR"), null, null);
	}

	/** The demo rules with {@code "tariff"} on the EU group and the US, GB, JP and AU markets. */
	static CompiledRuleSet demoRulesNamingSchedules() {
		JsonMapper json = JsonMapper.builder().build();
		try (InputStream in = TariffQuoteBenchmark.class.getResourceAsStream("/pricing/demo-rules-2026-11.json")) {
			ObjectNode document = (ObjectNode) json.readTree(in);
			((ObjectNode) document.get("groups").get("EU")).put("tariff", "EU");
			SCHEDULES.forEach((market, schedule) -> ((ObjectNode) document.get("markets").get(market)).put("tariff",
					schedule));
			return RuleSetParser.parse(json.writeValueAsString(document));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Benchmark
	public Quote quote() {
		return engine.quote(rules, tariffs, cart, rates, now, validity);
	}

}
