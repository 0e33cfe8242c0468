package org.twinport.pricing.tariff;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the heap the five bundled schedules take once indexed for quoting, as the
 * difference in used heap after full collections before and after building them and
 * holding them (run by {@code bench/tariffs/run.sh}, best with {@code -XX:+UseSerialGC} so
 * that a collection is one full, compacting one). Also prints how long reading and
 * indexing each file takes in process (the database load is timed at start-up).
 */
public final class TariffHeapFootprint {

	private static final int COPIES = 10;

	private TariffHeapFootprint() {
	}

	public static void main(String[] args) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		// Classes and the parser's patterns loaded first, so they do not count.
		BundledIndexes.read("AU");
		long before = used(memory);
		List<ScheduleIndex> held = new ArrayList<>();
		long lines = 0;
		for (String market : TariffLines.MARKETS) {
			long started = System.nanoTime();
			ScheduleIndex index = BundledIndexes.read(market);
			held.add(index);
			lines += index.size();
			System.out.printf("%s %s: %,d lines, %,d distinct rates, read and indexed in %d ms%n", market,
					index.version(), index.size(), index.distinctRates(), (System.nanoTime() - started) / 1_000_000);
		}
		long once = used(memory) - before;
		// One copy is small beside the collector's noise: nine more copies, the retained size divided by ten.
		for (int copy = 1; copy < COPIES; copy++) {
			for (String market : TariffLines.MARKETS) {
				held.add(BundledIndexes.read(market));
			}
		}
		long perCopy = (used(memory) - before) / COPIES;
		System.out.printf("All five schedules: %,d lines; one copy measured alone: %,d bytes; "
				+ "%d copies: %.2f MiB each (%,d bytes, %.0f bytes a line)%n", lines, once, COPIES,
				perCopy / 1024.0 / 1024.0, perCopy, perCopy / (double) lines);
		Reference.reachabilityFence(held);
	}

	private static long used(MemoryMXBean memory) {
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

}
