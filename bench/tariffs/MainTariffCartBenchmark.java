package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.twinport.shared.Money;

/**
 * The baseline for TariffQuoteBenchmark, copied by bench/tariffs/run.sh into an export of
 * main's code (which has no schedules): the same cart, the same settings, the demo rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class MainTariffCartBenchmark {

	@Param({ "US", "FI", "GB", "JP", "AU" })
	public String destination;

	private final LandedCostEngine engine = new LandedCostEngine();

	private final CompiledRuleSet rules = LandedCostWorkedExamplesTest.demoRules();

	private final FixedRates rates = FixedRates.handy();

	private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

	private final Duration validity = Duration.ofMinutes(30);

	private QuoteRequest cart;

	@Setup
	public void setUp() {
		cart = cart(destination);
	}

	static QuoteRequest cart(String destination) {
		return new QuoteRequest("CN", destination, null, Incoterm.DAP, LocalDate.of(2026, 11, 28),
				List.of(new Item("090210", "CN", 20, Money.of("18.50", "EUR"), new BigDecimal("0.25"), "Rose tea"),
						new Item("732391", "CN", 4, Money.of("64.00", "EUR"), new BigDecimal("2.4"), "Cast-iron wok"),
						new Item("200599", "CN", 30, Money.of("9.90", "EUR"), new BigDecimal("0.3"), "Black garlic")),
				Money.of("40.00", "EUR"), Money.of("3.00", "EUR"), null, null);
	}

	@Benchmark
	public Quote quote() {
		return engine.quote(rules, cart, rates, now, validity);
	}

	/** Quotes per CPU-second of the quoting thread, as TariffQuoteCpuTime measures them on the branch. */
	public static void main(String[] args) {
		MainTariffCartBenchmark state = new MainTariffCartBenchmark();
		for (String destination : java.util.List.of("US", "FI", "GB", "JP", "AU")) {
			QuoteRequest cart = cart(destination);
			double main = perCpuSecond(() -> state.engine.quote(state.rules, cart, state.rates, state.now,
					state.validity));
			System.out.printf("cpu %s main %.0f%n", destination, main);
		}
	}

	static double perCpuSecond(java.util.function.Supplier<Object> quote) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		run(quote, threads, 3_000_000_000L);
		java.util.List<Double> batches = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long started = threads.getCurrentThreadCpuTime();
			long count = run(quote, threads, 1_000_000_000L);
			batches.add(count * 1e9 / (threads.getCurrentThreadCpuTime() - started));
		}
		batches.sort(null);
		return batches.get(2);
	}

	private static long run(java.util.function.Supplier<Object> quote, java.lang.management.ThreadMXBean threads,
			long cpuNanos) {
		long end = threads.getCurrentThreadCpuTime() + cpuNanos;
		long count = 0;
		Object sink = null;
		do {
			for (int i = 0; i < 256; i++) {
				sink = quote.get();
			}
			count += 256;
		}
		while (threads.getCurrentThreadCpuTime() < end);
		java.lang.ref.Reference.reachabilityFence(sink);
		return count;
	}

}
