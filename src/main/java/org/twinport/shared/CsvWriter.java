package org.twinport.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Every CSV file Twinport writes: RFC 4180 (comma-separated, CRLF line ends, a cell in
 * double quotes, with its quotes doubled, when it holds a comma, quote or line break),
 * safe to open in a spreadsheet.
 * <p>
 * The rule against formula injection (OWASP "CSV injection"): a <em>text</em> cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, after
 * any apostrophes, gets one more apostrophe in front, so that a spreadsheet shows it as
 * text instead of running it; {@link #original(String)} takes that apostrophe off again
 * when a file Twinport wrote is imported. A cell written from a number (an
 * {@link Integer}, {@link Long}, {@link BigDecimal}, ...) is written as the number, so a
 * growth of {@code -12.5} stays a number: the server made it, nobody typed it. A cell
 * holding a semicolon or tab is quoted as well, so that a spreadsheet reading the file
 * with another separator cannot start a cell in its middle either.
 */
public final class CsvWriter {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final StringBuilder out = new StringBuilder();

	/** Appends one record. */
	public CsvWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	/** Appends one record. */
	public CsvWriter row(List<?> cells) {
		out.append(line(cells));
		return this;
	}

	/** The records written so far. */
	@Override
	public String toString() {
		return out.toString();
	}

	/** One record with its line end. */
	public static String line(List<?> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/**
	 * One cell as written: a number as it is, text neutralised and quoted when needed.
	 */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String number = number(value);
		return number != null ? number : quoted(neutralised(value.toString()));
	}

	/**
	 * The text of a cell as it was before {@link CsvWriter} neutralised it: one leading
	 * apostrophe less when apostrophes are followed by a formula's first character. Any
	 * other cell is returned as it is.
	 */
	public static String original(String cell) {
		return cell != null && cell.startsWith("'") && startsFormula(cell) ? cell.substring(1) : cell;
	}

	private static String neutralised(String text) {
		return startsFormula(text) ? "'" + text : text;
	}

	/** Whether the text, after any leading apostrophes, starts like a formula. */
	private static boolean startsFormula(String text) {
		int first = 0;
		while (first < text.length() && text.charAt(first) == '\'') {
			first++;
		}
		return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
	}

	private static String quoted(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (",\"\r\n;\t".indexOf(text.charAt(i)) >= 0) {
				return "\"" + text.replace("\"", "\"\"") + "\"";
			}
		}
		return text;
	}

	/** A number's digits, or null for a value that is text (NaN and infinities are). */
	private static String number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger) {
			return value.toString();
		}
		if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
			return value.toString();
		}
		return null;
	}

}
