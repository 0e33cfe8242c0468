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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.QuoteRequest.Item;
import org.twinport.shared.Money;

/**
 * In-process landed-cost quotes for a 3-item cart, one thread (one core). Run with
 * {@code bench/quotes-jmh.sh}. The baseline in the same run is the cart's goods total
 * alone, so the ratio shows what the rules cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LandedCostBenchmark {

	@Param({ "FI", "GB", "US", "CN", "JP" })
	public String destination;

	private final LandedCostEngine engine = new LandedCostEngine();

	private final CompiledRuleSet rules = LandedCostWorkedExamplesTest.demoRules();

	private final FixedRates rates = FixedRates.handy();

	private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

	private final Duration validity = Duration.ofMinutes(30);

	private QuoteRequest cart;

	@org.openjdk.jmh.annotations.Setup
	public void cart() {
		cart = new QuoteRequest("CN", destination, null, Incoterm.DAP, LocalDate.of(2026, 11, 28),
				List.of(new Item("090210", "CN", 2, Money.of("18.50", "EUR"), new BigDecimal("0.25"), "Rose tea"),
						new Item("732391", "CN", 1, Money.of("64.00", "EUR"), new BigDecimal("2.4"), "Cast-iron wok"),
						new Item("200599", "CN", 3, Money.of("9.90", "EUR"), new BigDecimal("0.3"), "Black garlic")),
				Money.of("12.00", "EUR"), Money.of("1.00", "EUR"), null, null);
	}

	@Benchmark
	public Quote quote() {
		return engine.quote(rules, cart, rates, now, validity);
	}

	@Benchmark
	public Money baselineGoodsTotal() {
		Money total = Money.zero("EUR");
		for (Item item : cart.items()) {
			total = total.plus(item.unitPrice().times(BigDecimal.valueOf(item.quantity())));
		}
		return total;
	}

}
