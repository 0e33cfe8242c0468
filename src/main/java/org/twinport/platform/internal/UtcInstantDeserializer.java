package org.twinport.platform.internal;

import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

import org.twinport.shared.Dates;
import org.twinport.shared.InvalidInputException;

/**
 * Reads the instants Twinport itself writes ({@code 2026-11-29T11:31:27.123456Z}: UTC, up
 * to nine fraction digits) without a {@code DateTimeFormatter}, which costs about as much
 * as the rest of a stored checkout review together; anything else (offsets, epoch
 * numbers, other layouts) goes to Jackson's own deserializer, so what is accepted does
 * not change.
 */
final class UtcInstantDeserializer extends ValueDeserializer<Instant> {

	// Its own layout has four-digit years, within Dates' bound; other layouts are checked.

	private final ValueDeserializer<Instant> fallback = InstantDeserializer.INSTANT;

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			Instant instant = parse(parser.getString());
			if (instant != null) {
				return instant;
			}
		}
		Instant other = fallback.deserialize(parser, context);
		if (other != null && !Dates.withinBounds(other)) {
			throw new InvalidInputException("", Dates.RULE_REASON);
		}
		return other;
	}

	/** The instant, or null when the text is not in the one layout read here. */
	static Instant parse(String text) {
		int length = text.length();
		if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
				|| text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		int nanos = 0;
		if (length > 20) {
			if (text.charAt(19) != '.' || length == 21) {
				return null;
			}
			int fraction = digits(text, 20, length - 1);
			if (fraction < 0) {
				return null;
			}
			nanos = fraction;
			for (int i = length - 1 - 20; i < 9; i++) {
				nanos *= 10;
			}
		}
		else if (text.charAt(19) != 'Z') {
			return null;
		}
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()
				|| hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
			return null;
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
	}

	/** The decimal number in text[from, to), or -1 unless all are ASCII digits. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
