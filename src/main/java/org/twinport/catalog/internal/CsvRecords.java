package org.twinport.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.twinport.shared.CsvWriter;

/**
 * Reads RFC 4180 CSV one record at a time from a stream, so that a file of any size is
 * parsed in constant memory. Quoted fields may hold commas, quotes and line breaks. A
 * cell that {@link CsvWriter} neutralised against formulas (a leading apostrophe) is read
 * as the text it held, so an export imports back unchanged.
 */
final class CsvRecords implements AutoCloseable {

	/** A parsed record and the line it started on. */
	record Row(int line, List<String> cells) {
	}

	private final Reader in;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	private int line = 1;

	private boolean first = true;

	CsvRecords(Reader in) {
		this.in = in;
	}

	/** The next non-blank record, or null at the end. */
	Row next() {
		while (true) {
			int c = read();
			if (c < 0) {
				return null;
			}
			if (first && c == '\uFEFF') {
				first = false;
				continue;
			}
			first = false;
			if (c == '\n') {
				line++;
				continue;
			}
			if (c == '\r') {
				continue;
			}
			return record(c);
		}
	}

	private Row record(int start) {
		int rowStart = line;
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int c = start;
		while (true) {
			if (c < 0) {
				cells.add(CsvWriter.original(cell.toString()));
				return new Row(rowStart, List.copyOf(cells));
			}
			if (quoted) {
				if (c == '"') {
					int after = peek();
					if (after == '"') {
						read();
						cell.append('"');
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append((char) c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(CsvWriter.original(cell.toString()));
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && peek() == '\n') {
					read();
				}
				line++;
				cells.add(CsvWriter.original(cell.toString()));
				return new Row(rowStart, List.copyOf(cells));
			}
			else {
				cell.append((char) c);
			}
			c = read();
		}
	}

	private int read() {
		if (position == limit && !fill()) {
			return -1;
		}
		return buffer[position++];
	}

	private int peek() {
		if (position == limit && !fill()) {
			return -1;
		}
		return buffer[position];
	}

	private boolean fill() {
		try {
			int n = in.read(buffer);
			if (n <= 0) {
				return false;
			}
			position = 0;
			limit = n;
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
