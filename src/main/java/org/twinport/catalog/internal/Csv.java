package org.twinport.catalog.internal;

import java.util.List;

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. Reading is
 * {@link CsvRecords}, one record at a time.
 */
final class Csv {

	private Csv() {
	}

	/** A parsed record and the line it started on. */
	record Row(int line, List<String> cells) {
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
