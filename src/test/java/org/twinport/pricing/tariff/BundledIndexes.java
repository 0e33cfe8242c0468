package org.twinport.pricing.tariff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.twinport.pricing.tariff.ScheduleFormat.TariffRow;

/**
 * The bundled schedule files indexed straight from the files, without a database, for
 * engine tests and benchmarks: the same rows {@link TariffSchedules} stores (a repeated code
 * with a different rate kept as "a | b", so UNPARSED), parsed by the same
 * {@link RateNotation}.
 */
public final class BundledIndexes implements TariffLines {

	private static final Map<ScheduleFormat, ScheduleIndex> CACHE = new EnumMap<>(ScheduleFormat.class);

	private final Map<String, ScheduleIndex> byMarket = new LinkedHashMap<>();

	private BundledIndexes() {
	}

	/** Every bundled schedule, each in force from its bundled date. */
	public static BundledIndexes all() {
		BundledIndexes all = new BundledIndexes();
		for (ScheduleFormat format : ScheduleFormat.values()) {
			all.byMarket.put(format.name(), of(format.name()));
		}
		return all;
	}

	/** Only the named markets' schedules. */
	public static BundledIndexes only(String... markets) {
		BundledIndexes some = new BundledIndexes();
		for (String market : markets) {
			some.byMarket.put(market, of(market));
		}
		return some;
	}

	public static synchronized ScheduleIndex of(String market) {
		ScheduleFormat format = ScheduleFormat.of(market).orElseThrow();
		return CACHE.computeIfAbsent(format, BundledIndexes::read);
	}

	/** A fresh index of the bundled file, not cached (for measuring what one takes). */
	public static ScheduleIndex read(String market) {
		return read(ScheduleFormat.of(market).orElseThrow());
	}

	@Override
	public Optional<ScheduleIndex> inForce(String market, LocalDate date) {
		ScheduleIndex index = byMarket.get(market);
		return index == null || date.isBefore(index.validFrom()) ? Optional.empty() : Optional.of(index);
	}

	private static ScheduleIndex read(ScheduleFormat format) {
		Map<String, TariffRow> rows = new LinkedHashMap<>();
		try {
			format.read(format.openBundled(), read -> {
				TariffRow row = new TariffRow(read.code(), read.description().strip(),
						read.rateText() == null ? "" : read.rateText().strip(), read.inheritedFrom());
				TariffRow earlier = rows.get(row.code());
				if (earlier != null && !(earlier.rateText().equals(row.rateText())
						&& earlier.description().equals(row.description()))) {
					row = new TariffRow(row.code(), earlier.description() + " | " + row.description(),
							earlier.rateText() + " | " + row.rateText(), earlier.inheritedFrom());
				}
				rows.put(row.code(), row);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ScheduleIndex.Builder builder = ScheduleIndex.builder(format.name(), format.version, format.validFrom,
				format.authority, format.document);
		rows.values()
			.forEach(row -> builder.add(row.code(), row.rateText(),
					text -> RateNotation.parse(text, format.dollarCurrency)));
		return builder.build();
	}

}
