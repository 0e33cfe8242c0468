package org.twinport.catalog.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
final class Csv {

	private Csv() {
	}

	/** A parsed record and the line it started on. */
	record Row(int line, List<String> cells) {
	}

	static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowStart = 1;
		String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
					rows.add(new Row(rowStart, List.copyOf(cells)));
				}
				cells.clear();
				line++;
				rowStart = line;
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
			rows.add(new Row(rowStart, List.copyOf(cells)));
		}
		return rows;
	}

	/**
	 * One CSV line. A cell that a spreadsheet would run as a formula (starting with =, +,
	 * -, @, tab or CR) is prefixed with an apostrophe.
	 */
	static String line(List<String> cells) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String value = cells.get(i) == null ? "" : cells.get(i);
			if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
				value = "'" + value;
			}
			if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				value = "\"" + value.replace("\"", "\"\"") + "\"";
			}
			out.append(value);
		}
		return out.append("\r\n").toString();
	}

}
