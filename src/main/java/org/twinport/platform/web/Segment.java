package org.twinport.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a sentence on the change history: plain words, a person, a link to a record,
 * a time, or a value before or after the change. The template gives each its element, so
 * that no text from a record is ever written as HTML.
 *
 * @param target the address of a link, the ISO instant of a time; null otherwise
 */
record Segment(Kind kind, String text, String target) {

	enum Kind {

		TEXT, ACTOR, LINK, TIME, OLD, NEW

	}

	static Segment text(String text) {
		return new Segment(Kind.TEXT, text, null);
	}

	static Segment of(Kind kind, String text) {
		return new Segment(kind, text, null);
	}

	private static final char MARK = '\u0000';

	/** The placeholder that {@link #fill} replaces with the {@code index}th argument. */
	static String slot(int index) {
		return MARK + Integer.toString(index) + MARK;
	}

	/**
	 * Splits a message formatted with {@link #slot}s as its arguments into segments, each
	 * slot replaced by its argument's segments: the message decides the word order, the
	 * arguments keep their kind.
	 */
	static List<Segment> fill(String formatted, List<List<Segment>> arguments) {
		List<Segment> segments = new ArrayList<>();
		int from = 0;
		while (from < formatted.length()) {
			int open = formatted.indexOf(MARK, from);
			int close = open < 0 ? -1 : formatted.indexOf(MARK, open + 1);
			if (close < 0) {
				segments.add(text(formatted.substring(from)));
				break;
			}
			if (open > from) {
				segments.add(text(formatted.substring(from, open)));
			}
			segments.addAll(arguments.get(Integer.parseInt(formatted.substring(open + 1, close))));
			from = close + 1;
		}
		return segments;
	}

}
