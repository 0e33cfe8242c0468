package org.twinport.shared;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Every CSV file Twinport reads, through Apache Commons CSV: RFC 4180 records one at a
 * time from a stream (quoted cells may hold separators, doubled quotes and line breaks),
 * a byte-order mark skipped, blank lines skipped, and each record with the line it
 * starts on, for error messages.
 * <p>
 * {@link #restoringNeutralisedCells()} reads a cell that {@link CsvWriter} neutralised
 * against formulas as the text it held, so that an export imports back unchanged.
 */
public final class CsvReader implements AutoCloseable {

	/** A record and the line it starts on (the first line is 1). */
	public record Row(int line, List<String> cells) {
	}

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private UnaryOperator<String> cell;

	private CsvReader(Reader in, char delimiter, UnaryOperator<String> cell) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			// blank lines come back as one empty cell, so that line numbers stay exact
			.setIgnoreEmptyLines(false)
			.get();
		try {
			this.parser = CSVParser.parse(withoutByteOrderMark(in), format);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.records = parser.iterator();
		this.cell = cell;
	}

	/** Comma-separated, cells as they are. */
	public static CsvReader of(Reader in) {
		return new CsvReader(in, ',', UnaryOperator.identity());
	}

	public static CsvReader of(Reader in, char delimiter) {
		return new CsvReader(in, delimiter, UnaryOperator.identity());
	}

	/** Reads apostrophe-neutralised cells back as {@link CsvWriter#original(String)}. */
	public CsvReader restoringNeutralisedCells() {
		this.cell = CsvWriter::original;
		return this;
	}

	/**
	 * The next record that is not a blank line, or null at the end.
	 * @throws InvalidInputException on {@code line N} when a quote is never closed
	 */
	public @Nullable Row next() {
		while (true) {
			int line = (int) parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					return null;
				}
				record = records.next();
			}
			catch (UncheckedIOException ex) {
				throw new InvalidInputException("line " + line, Reason.of("shared.problem.quoteNeverClosed"));
			}
			if (record.size() == 1 && record.get(0).isEmpty()) {
				continue;
			}
			List<String> cells = new ArrayList<>(record.size());
			for (String value : record) {
				cells.add(cell.apply(value));
			}
			return new Row(line, cells);
		}
	}

	/** All remaining records; for files small enough to hold. */
	public List<Row> rest() {
		List<Row> rows = new ArrayList<>();
		for (Row row = next(); row != null; row = next()) {
			rows.add(row);
		}
		return rows;
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reader withoutByteOrderMark(Reader in) throws IOException {
		PushbackReader reader = new PushbackReader(in, 1);
		int first = reader.read();
		if (first >= 0 && first != BYTE_ORDER_MARK) {
			reader.unread(first);
		}
		return reader;
	}

}
