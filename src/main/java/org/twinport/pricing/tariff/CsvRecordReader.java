package org.twinport.pricing.tariff;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Streams RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines. */
final class CsvRecordReader {

	private final Reader in;

	private int pushedBack = -2;

	CsvRecordReader(Reader in) {
		this.in = in;
	}

	/** The next record's fields, or null at the end. */
	List<String> next() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new IOException("A quoted field is not closed at the end of the file");
				}
				if (c == '"') {
					int after = read();
					if (after == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = after;
						continue;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == -1) {
				fields.add(field.toString());
				return fields;
			}
			else if (c == '\r') {
				int after = read();
				if (after != '\n') {
					pushedBack = after;
				}
				fields.add(field.toString());
				return fields;
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		return in.read();
	}

}
