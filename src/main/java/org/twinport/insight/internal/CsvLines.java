package org.twinport.insight.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.twinport.shared.PlainText;

/**
 * Splits CSV lines (RFC 4180 quoting, comma or tab) and finds columns by header name, in
 * any order and case.
 */
final class CsvLines {

	private final Map<String, Integer> columns = new HashMap<>();

	private final char separator;

	CsvLines(String header) {
		String clean = header.startsWith("\uFEFF") ? header.substring(1) : header;
		this.separator = clean.indexOf('\t') >= 0 && clean.indexOf(',') < 0 ? '\t' : ',';
		List<String> names = split(clean);
		for (int i = 0; i < names.size(); i++) {
			columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
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

	List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
