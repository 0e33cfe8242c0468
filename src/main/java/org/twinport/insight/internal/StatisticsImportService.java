package org.twinport.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.twinport.catalog.FxRates.RateSet;
import org.twinport.insight.OfficialStatistics;
import org.twinport.insight.SourceKind;
import org.twinport.insight.internal.StatisticsLayouts.Parsed;
import org.twinport.shared.CsvReader;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Service
class StatisticsImportService implements OfficialStatistics {

	private static final Logger log = LoggerFactory.getLogger(StatisticsImportService.class);

	/** Enough to fix a file; the count of refused rows stays exact beyond it. */
	private static final int MAX_ERRORS_KEPT = 1000;

	private final JdbcClient jdbc;

	private final FlowStore store;

	private final ReportingCurrency reporting;

	private final TransactionTemplate transaction;

	private final TaskExecutor executor;

	private final JsonMapper json;

	StatisticsImportService(JdbcClient jdbc, FlowStore store, ReportingCurrency reporting,
			TransactionTemplate transaction, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			JsonMapper json) {
		this.json = json;
		this.jdbc = jdbc;
		this.store = store;
		this.reporting = reporting;
		this.transaction = transaction;
		this.executor = executor;
	}

	@Override
	public ImportRun start(Layout layout, String source, boolean synthetic, String csv) {
		long id = begin(layout, source, csv);
		executor.execute(() -> runSafely(id, layout, source.strip(), synthetic, csv));
		return run(id).orElseThrow();
	}

	@Override
	public ImportRun importNow(Layout layout, String source, boolean synthetic, String csv) {
		long id = begin(layout, source, csv);
		runSafely(id, layout, source.strip(), synthetic, csv);
		return run(id).orElseThrow();
	}

	private long begin(Layout layout, String source, String csv) {
		if (layout == null) {
			throw new InvalidInputException("layout", Reason.of("insight.problem.layout"));
		}
		if (source == null || source.isBlank() || source.strip().length() > 200) {
			throw new InvalidInputException("source", Reason.of("insight.problem.source"));
		}
		if (source.strip().equals(MarketplaceFlowService.SOURCE)) {
			throw new InvalidInputException("source", Reason.of("insight.problem.marketplaceSource"));
		}
		String header = csv == null ? null : csv.lines().findFirst().orElse(null);
		if (header == null || header.isBlank()) {
			throw new InvalidInputException("csv", Reason.of("insight.problem.csvEmpty"));
		}
		try (CsvReader reader = CsvLines.reader(header)) {
			StatisticsLayouts.checkHeader(layout, new CsvLines(reader.next().cells()));
		}
		return jdbc
			.sql("insert into insight.import_run (source, layout, status) values (:s, :l, 'RUNNING') returning id")
			.param("s", source.strip())
			.param("l", layout.name())
			.query(Long.class)
			.single();
	}

	private void runSafely(long id, Layout layout, String source, boolean synthetic, String csv) {
		try {
			execute(id, layout, source, synthetic, csv);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} of {} failed", id, source, ex);
			RowError failure = ex instanceof InvalidInputException invalid
					? new RowError(0, invalid.field(), reasonOf(invalid))
					: new RowError(0, "", Reason.of("insight.problem.importFailed"));
			jdbc.sql("""
					update insight.import_run set status = 'FAILED', message_field = :f, message_code = :c,
					  message_args = cast(:a as jsonb), finished_at = now() where id = :id""")
				.param("f", failure.field())
				.param("c", failure.reason().code())
				.param("a", argsJson(failure.reason()))
				.param("id", id)
				.update();
		}
	}

	private void execute(long id, Layout layout, String source, boolean synthetic, String text) {
		List<FlowRow> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		int rejected = 0;
		int skipped = 0;
		int lineNumber = 1;
		List<RateSet> sets = reporting.sets();
		int records = 0;
		try (CsvReader reader = CsvLines.reader(text)) {
			CsvLines csv = new CsvLines(reader.next().cells());
			for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
				lineNumber = row.line();
				if (row.cells().size() == 1 && row.cells().get(0).isBlank()) {
					continue;
				}
				try {
					Parsed parsed = StatisticsLayouts.parse(layout, csv, row.cells());
					if (parsed.skip() != null) {
						skipped++;
						continue;
					}
					LocalDate period = parsed.period().atDay(1);
					var converted = reporting.convert(parsed.value(), parsed.currency(), period, sets);
					rows.add(new FlowRow(SourceKind.OFFICIAL.name(), source, period, parsed.reporter(),
							parsed.partnerCountry(), parsed.partnerPlace(), parsed.flow().name(), parsed.hsCode(),
							parsed.channel().name(), parsed.value(), parsed.currency(), converted.value(),
							reporting.code(), converted.fxSetId(), parsed.quantity(), parsed.unit(), null, null, false,
							null));
				}
				catch (InvalidInputException ex) {
					rejected++;
					if (errors.size() < MAX_ERRORS_KEPT) {
						errors.add(new RowError(lineNumber, ex.field(), reasonOf(ex)));
					}
				}
				if (++records % 1000 == 0) {
					progress(id, lineNumber - 1);
				}
			}
		}
		int linesRead = lineNumber - 1;
		int rejectedRows = rejected;
		int skippedRows = skipped;
		TreeSet<LocalDate> periods = new TreeSet<>();
		rows.forEach(row -> periods.add(row.period()));
		transaction.executeWithoutResult(status -> {
			store.ensureSource(source, SourceKind.OFFICIAL.name(), synthetic);
			store.deleteSourcePeriods(source, periods);
			store.insert(rows);
			store.recomputeRollups(SourceKind.OFFICIAL.name(), periods);
			for (RowError error : errors) {
				jdbc.sql("""
						insert into insight.import_error (run_id, line, field, code, args)
						values (:id, :l, :f, :c, cast(:a as jsonb))""")
					.param("id", id)
					.param("l", error.line())
					.param("f", error.field())
					.param("c", error.reason().code())
					.param("a", argsJson(error.reason()))
					.update();
			}
			jdbc.sql(
					"""
							update insight.import_run set status = 'DONE', lines_read = :read, imported = :imported,
							  rejected = :rejected, skipped = :skipped, periods = string_to_array(:periods, ','), finished_at = now() where id = :id""")
				.param("read", linesRead)
				.param("imported", rows.size())
				.param("rejected", rejectedRows)
				.param("skipped", skippedRows)
				.param("periods", String.join(",", periods.stream().map(p -> p.toString().substring(0, 7)).toList()))
				.param("id", id)
				.update();
		});
	}

	private void progress(long id, int linesRead) {
		jdbc.sql("update insight.import_run set lines_read = :n where id = :id")
			.param("n", linesRead)
			.param("id", id)
			.update();
	}

	@Override
	public Optional<ImportRun> run(long id) {
		// The run first: errors are committed with its final status, so once it reads DONE
		// they are all there (read the other way round, a run finishing in between showed none).
		Optional<ImportRun> run = jdbc.sql("""
				select id, source, layout, status, lines_read, imported, rejected, skipped, periods,
				       message_field, message_code, message_args::text, message
				from insight.import_run where id = :id""")
			.param("id", id)
			.query((rs, n) -> new ImportRun(rs.getLong(1), rs.getString(2), Layout.valueOf(rs.getString(3)),
					rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
					List.of((String[]) rs.getArray(9).getArray()),
					rowError(0, rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)), List.of()))
			.optional();
		return run.map(found -> found.withErrors(jdbc
			.sql("select line, field, code, args::text, reason from insight.import_error where run_id = :id order by line")
			.param("id", id)
			.query((rs, n) -> rowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list()));
	}

	private static Reason reasonOf(InvalidInputException ex) {
		return ex.reason();
	}

	private String argsJson(Reason reason) {
		return json.writeValueAsString(reason.args().stream().map(String::valueOf).toList());
	}

	/**
	 * A refusal as stored: its code and arguments, or for one stored before codes (and a
	 * run that did not fail, with neither) its English text.
	 */
	private @Nullable RowError rowError(int line, @Nullable String field, @Nullable String code,
			@Nullable String args, @Nullable String said) {
		if (code != null) {
			List<Object> values = List.of((Object[]) json.readValue(args == null ? "[]" : args, String[].class));
			return new RowError(line, field == null ? "" : field, new Reason(code, values));
		}
		return said == null ? null : new RowError(line, "", Reason.of("insight.problem.said", said));
	}

	@Override
	public List<ImportRun> runs(int limit) {
		return jdbc.sql("select id from insight.import_run order by id desc limit :n")
			.param("n", Math.clamp(limit, 1, 100))
			.query(Long.class)
			.list()
			.stream()
			.map(id -> run(id).orElseThrow())
			.toList();
	}

}
