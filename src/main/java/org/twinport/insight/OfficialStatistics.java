package org.twinport.insight;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.Reason;

/**
 * Imports of official trade statistics from CSV files (layouts in
 * {@code docs/insight-csv.md}). An import replaces, per source, every period its file
 * holds, so importing the same file twice changes nothing. Bad rows are reported with
 * their line and reason; the good rows are kept.
 */
public interface OfficialStatistics {

	enum Layout {

		/** Twinport's documented generic layout. */
		GENERIC,
		/**
		 * The UN Comtrade bulk CSV layout ({@code refYear}, {@code refMonth},
		 * {@code reporterISO}, ...).
		 */
		COMTRADE

	}

	/**
	 * Starts an import in the background.
	 * @param source the name the figures are shown under, for example {@code UN Comtrade}
	 * @param synthetic true for invented figures: shown with a banner, never as real
	 * trade
	 * @return the import run, to follow with {@link #run(long)}
	 * @throws org.twinport.shared.InvalidInputException for a missing source or a header
	 * the layout does not know
	 */
	ImportRun start(Layout layout, String source, boolean synthetic, String csv);

	/** Imports in the caller's thread and returns the finished run (demo data, tests). */
	ImportRun importNow(Layout layout, String source, boolean synthetic, String csv);

	Optional<ImportRun> run(long id);

	/** The latest runs first. */
	List<ImportRun> runs(int limit);

	/**
	 * @param status RUNNING, DONE or FAILED
	 * @param periods the months (YYYY-MM) the import replaced
	 * @param skipped rows that are valid but outside the model, for example world totals
	 * or annual rows
	 */
	record ImportRun(long id, String source, Layout layout, String status, int linesRead, int imported, int rejected,
			int skipped, List<String> periods, @Nullable RowError failure, List<RowError> errors) {

		public ImportRun withErrors(List<RowError> found) {
			return new ImportRun(id, source, layout, status, linesRead, imported, rejected, skipped, periods, failure,
					found);
		}
	}

	/**
	 * Why a row (or, as a run's {@code failure}, the whole file) was refused: the column or
	 * field it is about ({@code ""} for none) and the reason, worded by the reader's edge.
	 */
	record RowError(int line, String field, Reason reason) {
	}

}
