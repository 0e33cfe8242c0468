package org.twinport.pricing.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.twinport.pricing.tariff.BundledIndexes;
import org.twinport.pricing.tariff.TariffLines;

/**
 * Quotes per CPU-second of the quoting thread, for TariffQuoteBenchmark's cart: on a
 * shared machine a thread gets only part of a core, so JMH's quotes per wall-clock second
 * swing with the neighbours' load; counting the thread's own CPU time gives quotes per
 * second of one core whatever the load. Prints the median of 5 one-second batches after a
 * 3-second warm-up, per destination, without and with the schedules.
 */
public final class TariffQuoteCpuTime {

	private TariffQuoteCpuTime() {
	}

	public static void main(String[] args) {
		LandedCostEngine engine = new LandedCostEngine();
		CompiledRuleSet demo = LandedCostWorkedExamplesTest.demoRules();
		CompiledRuleSet naming = TariffQuoteBenchmark.demoRulesNamingSchedules();
		TariffLines all = BundledIndexes.all();
		FixedRates rates = FixedRates.handy();
		Instant now = Instant.parse("2026-11-28T10:00:00Z");
		Duration validity = Duration.ofMinutes(30);
		for (String destination : List.of("US", "FI", "GB", "JP", "AU")) {
			var cart = TariffQuoteBenchmark.cart(destination);
			double none = perCpuSecond(() -> engine.quote(demo, TariffLines.NONE, cart, rates, now, validity));
			double with = perCpuSecond(() -> engine.quote(naming, all, cart, rates, now, validity));
			System.out.printf("cpu %s none %.0f all %.0f%n", destination, none, with);
		}
	}

	static double perCpuSecond(Supplier<Object> quote) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		run(quote, threads, 3_000_000_000L);
		List<Double> batches = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long started = threads.getCurrentThreadCpuTime();
			long count = run(quote, threads, 1_000_000_000L);
			batches.add(count * 1e9 / (threads.getCurrentThreadCpuTime() - started));
		}
		batches.sort(null);
		return batches.get(2);
	}

	/** Quotes until the thread has used {@code cpuNanos} of CPU; checks the clock every 256 quotes. */
	private static long run(Supplier<Object> quote, ThreadMXBean threads, long cpuNanos) {
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
