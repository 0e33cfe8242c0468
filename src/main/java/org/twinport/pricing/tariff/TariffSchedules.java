package org.twinport.pricing.tariff;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.pricing.tariff.ScheduleFormat.TariffRow;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * National tariff schedules as data: each file loads as one dated, sourced version of
 * its market's schedule, beside the versions loaded before; a lookup on a date uses the
 * version in force then (the latest {@code valid_from} on or before it).
 */
@Service
public class TariffSchedules {

	private static final Logger log = LoggerFactory.getLogger(TariffSchedules.class);

	private static final int BATCH = 2_000;

	/** More lines than a product page can suggest under one prefix. */
	static final int MAX_LINES = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final TariffIndexes indexes;

	TariffSchedules(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions, JsonMapper json,
			TariffIndexes indexes) {
		this.jdbc = jdbc;
		this.indexes = indexes;
		this.batches = batches;
		this.transactions = transactions;
		this.json = json;
	}

	public record Schedule(long id, String market, String version, LocalDate validFrom, LocalDate validTo,
			String sourceAuthority, String sourceDocument, String licence, String loadedBy, OffsetDateTime loadedAt,
			int lineCount) {
	}

	public record Line(String code, int digits, String description, String rateText, ParsedRate rate,
			String inheritedFrom) {
	}

	/** The lines under a prefix in the version in force on a date; none when no version is. */
	public record LinesInForce(String market, String code, LocalDate date, Schedule schedule, List<Line> lines,
			boolean truncated) {
	}

	public record Loaded(Schedule schedule, boolean created, long millis) {
	}

	public List<Schedule> schedules() {
		return jdbc.sql("select * from pricing.tariff_schedule order by market, valid_from desc, id desc")
			.query(TariffSchedules::schedule)
			.list();
	}

	/**
	 * Loads a file (the bundled one when {@code file} is null) as a version of the market.
	 * Loading a version again changes nothing and answers the version already loaded.
	 */
	public Loaded load(ScheduleFormat format, String version, LocalDate validFrom, InputStream file,
			String loadedBy) {
		long started = System.nanoTime();
		Optional<Schedule> existing = find(format.name(), version);
		if (existing.isPresent()) {
			return new Loaded(existing.get(), false, 0);
		}
		Schedule schedule = transactions.execute(tx -> {
			long id = jdbc.sql("""
					insert into pricing.tariff_schedule (market, version, valid_from, source_authority, source_document,
					                                     licence, loaded_by, line_count)
					values (:market, :version, :from, :authority, :document, :licence, :by, 0)
					returning id""")
				.param("market", format.name())
				.param("version", version)
				.param("from", validFrom)
				.param("authority", format.authority)
				.param("document", file == null ? format.document : "Uploaded file in the layout of " + format.resource)
				.param("licence", format.licence)
				.param("by", loadedBy)
				.query(Long.class)
				.single();
			insertLines(format, id, file);
			jdbc.sql("update pricing.tariff_schedule set line_count = "
					+ "(select count(*) from pricing.tariff_line where schedule_id = :id) where id = :id")
				.param("id", id)
				.update();
			return find(format.name(), version).orElseThrow();
		});
		indexes.loaded();
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Loaded tariff schedule {} {} ({} lines) in {} ms", format, version, schedule.lineCount(), millis);
		return new Loaded(schedule, true, millis);
	}

	/**
	 * Streams the file into batches. A code that comes again with the same text is
	 * dropped (Australia's scrape lists some headings under two sections); with a
	 * different rate or description (Japan's seasonal rates: 20% from April to September,
	 * 25% from October to March) both are kept on the line, joined with " | ", so the rate
	 * is UNPARSED and a person must choose: never one of them silently.
	 */
	private void insertLines(ScheduleFormat format, long scheduleId, InputStream file) {
		String sql = """
				insert into pricing.tariff_line (schedule_id, code, digits, description, rate_text, rate_kind, rate,
				                                 inherited_from)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""";
		Map<String, TariffRow> seen = new HashMap<>();
		Map<String, TariffRow> batch = new LinkedHashMap<>();
		try (InputStream in = file == null ? format.openBundled() : file) {
			format.read(in, read -> {
				TariffRow row = new TariffRow(read.code(), read.description().strip(),
						read.rateText() == null ? "" : read.rateText().strip(), read.inheritedFrom());
				TariffRow earlier = seen.get(row.code());
				if (earlier != null) {
					if (earlier.rateText().equals(row.rateText()) && earlier.description().equals(row.description())) {
						return;
					}
					row = new TariffRow(row.code(), earlier.description() + " | " + row.description(),
							earlier.rateText() + " | " + row.rateText(), earlier.inheritedFrom());
					if (!batch.containsKey(row.code())) {
						update(format, scheduleId, row);
						seen.put(row.code(), row);
						return;
					}
				}
				seen.put(row.code(), row);
				batch.put(row.code(), row);
				if (batch.size() == BATCH) {
					insert(sql, format, scheduleId, batch.values());
					batch.clear();
				}
			});
			insert(sql, format, scheduleId, batch.values());
		}
		catch (ScheduleFormat.MissingColumn ex) {
			throw new InvalidInputException("file", Reason.of("pricing.problem.scheduleColumn", format.name(), ex.column));
		}
		catch (IllegalArgumentException ex) {
			// a row the layout cannot take apart; the parser's own words name the row
			throw new InvalidInputException("file",
					Reason.of("pricing.problem.scheduleLayout", format.name(), String.valueOf(ex.getMessage())));
		}
		catch (IOException ex) {
			// not gzip, cut short or unreadable: only the JDK's words say which
			throw new InvalidInputException("file",
					Reason.of("pricing.problem.scheduleUnreadable", String.valueOf(ex.getMessage())));
		}
	}

	private void insert(String sql, ScheduleFormat format, long scheduleId, Collection<TariffRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object[]> args = new ArrayList<>(rows.size());
		for (TariffRow row : rows) {
			ParsedRate rate = RateNotation.parse(row.rateText(), format.dollarCurrency);
			args.add(new Object[] { scheduleId, row.code(), row.code().length(), row.description(), row.rateText(),
					rate.kind().name(), json.writeValueAsString(rate), row.inheritedFrom() });
		}
		batches.batchUpdate(sql, args);
	}

	private void update(ScheduleFormat format, long scheduleId, TariffRow row) {
		ParsedRate rate = RateNotation.parse(row.rateText(), format.dollarCurrency);
		jdbc.sql("""
				update pricing.tariff_line set description = :description, rate_text = :text, rate_kind = :kind,
				                               rate = cast(:rate as jsonb)
				where schedule_id = :id and code = :code""")
			.param("description", row.description())
			.param("text", row.rateText())
			.param("kind", rate.kind().name())
			.param("rate", json.writeValueAsString(rate))
			.param("id", scheduleId)
			.param("code", row.code())
			.update();
	}

	public Optional<Schedule> find(String market, String version) {
		return jdbc.sql("select * from pricing.tariff_schedule where market = :market and version = :version")
			.param("market", market)
			.param("version", version)
			.query(TariffSchedules::schedule)
			.optional();
	}

	public Optional<Schedule> inForce(String market, LocalDate date) {
		return jdbc.sql("""
				select * from pricing.tariff_schedule
				where market = :market and valid_from <= :date and (valid_to is null or valid_to > :date)
				order by valid_from desc, id desc limit 1""")
			.param("market", market)
			.param("date", date)
			.query(TariffSchedules::schedule)
			.optional();
	}

	/** The national lines whose code starts with {@code prefix}, in the version in force on the date. */
	public LinesInForce lines(String market, String prefix, LocalDate date) {
		Optional<Schedule> schedule = inForce(market, date);
		if (schedule.isEmpty()) {
			return new LinesInForce(market, prefix, date, null, List.of(), false);
		}
		// Codes are digits in collation "C", so every code with the prefix sorts below prefix + ':'.
		List<Line> lines = jdbc.sql("""
				select code, digits, description, rate_text, rate::text, inherited_from from pricing.tariff_line
				where schedule_id = :id and code >= :prefix and code < :after order by code limit :limit""")
			.param("id", schedule.get().id())
			.param("prefix", prefix)
			.param("after", prefix + ":")
			.param("limit", MAX_LINES + 1)
			.query((rs, n) -> new Line(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					json.readValue(rs.getString(5), ParsedRate.class), rs.getString(6)))
			.list();
		boolean truncated = lines.size() > MAX_LINES;
		return new LinesInForce(market, prefix, date, schedule.get(),
				truncated ? lines.subList(0, MAX_LINES) : lines, truncated);
	}

	private static Schedule schedule(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Schedule(rs.getLong("id"), rs.getString("market"), rs.getString("version"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("source_authority"), rs.getString("source_document"), rs.getString("licence"),
				rs.getString("loaded_by"), rs.getObject("loaded_at", OffsetDateTime.class), rs.getInt("line_count"));
	}

}
