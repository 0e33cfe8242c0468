package org.twinport.insight.internal;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.twinport.shared.CsvReader;
import org.twinport.shared.PlainText;

/**
 * The columns of a statistics file found by header name, in any order and case; the file
 * is comma- or tab-separated, as its header line shows.
 */
final class CsvLines {

	private final Map<String, Integer> columns = new HashMap<>();

	CsvLines(List<String> header) {
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
	}

	/** Reads the file with the separator its first line uses: tab when it has tabs and no commas. */
	static CsvReader reader(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		char separator = header.indexOf('\t') >= 0 && header.indexOf(',') < 0 ? '\t' : ',';
		return CsvReader.of(new StringReader(text), separator);
	}

	boolean has(String column) {
		return columns.containsKey(column.toLowerCase(Locale.ROOT));
	}

	/** The cell, stripped; null when the column is absent or the cell empty. */
	String cell(List<String> cells, String column) {
		Integer index = columns.get(column.toLowerCase(Locale.ROOT));
		if (index == null || index >= cells.size()) {
			return null;
		}
		String value = PlainText.checked(cells.get(index).strip(), column);
		return value.isEmpty() ? null : value;
	}

}
