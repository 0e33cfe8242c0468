package org.twinport.insight.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinport.insight.OfficialStatistics.ImportRun;
import org.twinport.insight.OfficialStatistics.Layout;
import org.twinport.insight.OfficialStatistics.RowError;
import org.twinport.shared.web.Refusals;

/**
 * An import run as the API shows it: each refused row's reason, and a failed run's
 * message, worded in the reader's language ({@code "flowCode: RX is not supported…"}),
 * with the code beside it for clients that act on it.
 */
record ImportRunView(long id, String source, Layout layout, String status, int linesRead, int imported,
		int rejected, int skipped, List<String> periods, @Nullable String message, @Nullable String code,
		List<Row> errors) {

	record Row(int line, String reason, String code) {
	}

	static ImportRunView of(ImportRun run, Refusals refusals, Locale locale) {
		RowError failure = run.failure();
		return new ImportRunView(run.id(), run.source(), run.layout(), run.status(), run.linesRead(), run.imported(),
				run.rejected(), run.skipped(), run.periods(),
				failure == null ? null : said(failure, refusals, locale),
				failure == null ? null : failure.reason().code(),
				run.errors()
					.stream()
					.map(error -> new Row(error.line(), said(error, refusals, locale), error.reason().code()))
					.toList());
	}

	private static String said(RowError error, Refusals refusals, Locale locale) {
		String reason = refusals.say(error.reason(), locale);
		return error.field().isEmpty() ? reason : error.field() + ": " + reason;
	}

}
