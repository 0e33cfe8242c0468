package org.twinport.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.FxRatesImported;
import org.twinport.platform.RefreshingValue;
import org.twinport.platform.SharedDataCaches;
import org.twinport.shared.Decimals;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.Reason;

/**
 * FX reference-rate sets: imports ECB-layout CSV files (each line checked, each date one
 * set) and converts money with the latest set, which is cached under the shared-data rule.
 */
@Service
class FxRatesService implements FxRates {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	/**
	 * Read for every price and quote, so kept under the rule of {@link SharedDataCaches}.
	 */
	private final RefreshingValue<Optional<RateSet>> latest;

	FxRatesService(JdbcClient jdbc, ApplicationEventPublisher events, SharedDataCaches caches) {
		this.jdbc = jdbc;
		this.events = events;
		this.latest = caches.value(this::readLatest);
	}

	@Override
	public Optional<RateSet> latest() {
		return latest.get();
	}

	@Override
	public Optional<RateSet> onOrBefore(LocalDate date) {
		Optional<RateSet> newest = latest();
		if (newest.isEmpty() || !newest.get().rateDate().isAfter(date)) {
			return newest;
		}
		return jdbc.sql("select id from catalog.fx_rate_set where rate_date <= :d order by rate_date desc, id desc limit 1")
			.param("d", date)
			.query(Long.class)
			.optional()
			.map(this::load);
	}

	private Optional<RateSet> readLatest() {
		return jdbc.sql("select id from catalog.fx_rate_set order by rate_date desc, id desc limit 1")
			.query(Long.class)
			.optional()
			.map(this::load);
	}

	@Override
	public List<RateSet> sets() {
		return jdbc.sql("select id from catalog.fx_rate_set order by rate_date desc, id desc limit 100")
			.query(Long.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	@Override
	@Transactional
	public List<RateSet> importEcbCsv(Reader csv, String source, boolean demo) {
		if (source == null || source.isBlank() || source.length() > 200) {
			throw new InvalidInputException("source", Reason.of("catalog.problem.fxSource"));
		}
		List<Long> ids = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(csv)) {
			String header = lines.readLine();
			if (header == null || !header.strip().toLowerCase().startsWith("date")) {
				throw new InvalidInputException("csv", Reason.of("catalog.problem.fxHeader"));
			}
			String[] currencies = header.split(",");
			for (int i = 1; i < currencies.length; i++) {
				currencies[i] = currencies[i].strip();
				if (!currencies[i].isEmpty()) {
					Money.checkedCurrency(currencies[i]);
				}
			}
			String line;
			int number = 1;
			while ((line = lines.readLine()) != null) {
				number++;
				if (!line.isBlank()) {
					ids.add(importRow(line.split(","), currencies, number, source.strip(), demo));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (ids.isEmpty()) {
			throw new InvalidInputException("csv", Reason.of("catalog.problem.fxNoRates"));
		}
		latest.invalidate();
		List<RateSet> sets = ids.stream()
			.map(this::load)
			.sorted(Comparator.comparing(RateSet::rateDate).reversed())
			.toList();
		events.publishEvent(new FxRatesImported(sets.get(0).id(), sets.get(0).rateDate()));
		return sets;
	}

	private long importRow(String[] cells, String[] currencies, int line, String source, boolean demo) {
		LocalDate date;
		try {
			date = LocalDate.parse(cells[0].strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("csv", Reason.of("catalog.problem.fxDate", Integer.toString(line)));
		}
		long id = jdbc.sql("""
				insert into catalog.fx_rate_set (rate_date, source, demo) values (:d, :s, :demo)
				on conflict (rate_date, source) do update set imported_at = now(), demo = excluded.demo returning id""")
			.param("d", date)
			.param("s", source)
			.param("demo", demo)
			.query(Long.class)
			.single();
		jdbc.sql("delete from catalog.fx_rate where set_id = :id").param("id", id).update();
		jdbc.sql("insert into catalog.fx_rate (set_id, currency, per_eur) values (:id, 'EUR', 1)")
			.param("id", id)
			.update();
		for (int i = 1; i < Math.min(cells.length, currencies.length); i++) {
			String cell = cells[i].strip();
			if (currencies[i].isEmpty() || cell.isEmpty() || cell.equalsIgnoreCase("N/A")
					|| currencies[i].equals("EUR")) {
				continue;
			}
			BigDecimal rate;
			try {
				rate = Decimals.parse(cell, "csv");
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException("csv",
						Reason.of("catalog.problem.fxRateNumber", Integer.toString(line), currencies[i],
								Decimals.MAX_INTEGER_DIGITS, Decimals.MAX_FRACTION_DIGITS));
			}
			if (rate.signum() <= 0) {
				throw new InvalidInputException("csv", Reason.of("catalog.problem.fxRatePositive", Integer.toString(line), currencies[i]));
			}
			jdbc.sql("insert into catalog.fx_rate (set_id, currency, per_eur) values (:id, :c, :r)")
				.param("id", id)
				.param("c", currencies[i])
				.param("r", rate)
				.update();
		}
		return id;
	}

	@Override
	public Money convert(Money money, String currency) {
		Money.checkedCurrency(currency);
		if (money.currency().equals(currency)) {
			return money.rounded();
		}
		RateSet set = latest().orElseThrow(() -> new InvalidInputException("currency", Reason.of("catalog.problem.noRates")));
		BigDecimal from = set.perEur().get(money.currency());
		BigDecimal to = set.perEur().get(currency);
		if (from == null || to == null) {
			throw new InvalidInputException("currency",
					Reason.of("catalog.problem.noRateInSet", set.rateDate().toString(), set.source()));
		}
		BigDecimal amount = money.amount().multiply(to).divide(from, MathContext.DECIMAL64);
		return new Money(amount, currency).rounded();
	}

	private RateSet load(long id) {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		jdbc.sql("select currency, per_eur from catalog.fx_rate where set_id = :id order by currency")
			.param("id", id)
			.query(rs -> {
				rates.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
			});
		return jdbc.sql("select id, rate_date, source, demo from catalog.fx_rate_set where id = :id")
			.param("id", id)
			.query((rs, row) -> new RateSet(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getBoolean(4), Map.copyOf(rates)))
			.single();
	}

}
