package org.twinport.pricing.tariff;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One loaded version of a market's schedule, in memory for quoting: its codes as sorted
 * {@code long} keys beside their rates, one {@link ParsedRate} instance shared by every line
 * with the same rate text. Immutable once built.
 * <p>
 * A code of up to 10 digits is keyed as its digits padded with zeros to 10, times 16, plus
 * its length. The keys then sort as the codes do as text ("0101" before "01012100" before
 * "0101210010"), and the codes under a prefix form one run of keys.
 */
public final class ScheduleIndex {

	private static final int MAX_DIGITS = 10;

	private static final long[] POWERS = new long[MAX_DIGITS + 1];

	static {
		POWERS[0] = 1;
		for (int i = 1; i <= MAX_DIGITS; i++) {
			POWERS[i] = POWERS[i - 1] * 10;
		}
	}

	private final String market;

	private final String version;

	private final LocalDate validFrom;

	private final String authority;

	private final String document;

	private final long[] keys;

	private final ParsedRate[] rates;

	private ScheduleIndex(Builder builder) {
		this.market = builder.market;
		this.version = builder.version;
		this.validFrom = builder.validFrom;
		this.authority = builder.authority;
		this.document = builder.document;
		Integer[] order = new Integer[builder.size];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Long.compare(builder.keys[a], builder.keys[b]));
		this.keys = new long[order.length];
		this.rates = new ParsedRate[order.length];
		for (int i = 0; i < order.length; i++) {
			keys[i] = builder.keys[order[i]];
			rates[i] = builder.rates[order[i]];
		}
	}

	public static Builder builder(String market, String version, LocalDate validFrom, String authority,
			String document) {
		return new Builder(market, version, validFrom, authority, document);
	}

	public String market() {
		return market;
	}

	public String version() {
		return version;
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	/** Who publishes the schedule. */
	public String authority() {
		return authority;
	}

	/** The schedule's document, such as "Harmonized Tariff Schedule of the United States, 2026 Revision 10". */
	public String document() {
		return document;
	}

	public int size() {
		return keys.length;
	}

	/** The position of the line with exactly this code, or -1. */
	public int find(String code) {
		if (!isCode(code)) {
			return -1;
		}
		int at = Arrays.binarySearch(keys, key(code));
		return at < 0 ? -1 : at;
	}

	/** The first position of the lines whose code starts with the prefix (the prefix's own line included). */
	public int from(String prefix) {
		return isCode(prefix) ? insertionPoint(key(prefix)) : 0;
	}

	/** The position after the last line whose code starts with the prefix. */
	public int to(String prefix) {
		if (!isCode(prefix)) {
			return 0;
		}
		long padded = padded(prefix);
		return insertionPoint((padded + POWERS[MAX_DIGITS - prefix.length()]) * 16);
	}

	public String code(int position) {
		long key = keys[position];
		int length = (int) (key & 15);
		String padded = Long.toString(key >>> 4);
		StringBuilder code = new StringBuilder(MAX_DIGITS);
		for (int i = padded.length(); i < MAX_DIGITS; i++) {
			code.append('0');
		}
		code.append(padded);
		return code.substring(0, length);
	}

	public ParsedRate rate(int position) {
		return rates[position];
	}

	/** How many distinct rate instances the index holds (lines with the same rate text share one). */
	public int distinctRates() {
		return (int) Arrays.stream(rates).distinct().count();
	}

	private int insertionPoint(long key) {
		int at = Arrays.binarySearch(keys, key);
		return at < 0 ? -at - 1 : at;
	}

	private static boolean isCode(String code) {
		if (code == null || code.isEmpty() || code.length() > MAX_DIGITS) {
			return false;
		}
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static long padded(String code) {
		return Long.parseLong(code) * POWERS[MAX_DIGITS - code.length()];
	}

	static long key(String code) {
		return padded(code) * 16 + code.length();
	}

	/** Collects lines in any order; identical rate texts end up sharing one rate instance. */
	public static final class Builder {

		private final String market;

		private final String version;

		private final LocalDate validFrom;

		private final String authority;

		private final String document;

		private final Map<String, ParsedRate> shared = new HashMap<>();

		private long[] keys = new long[1024];

		private ParsedRate[] rates = new ParsedRate[1024];

		private int size;

		private Builder(String market, String version, LocalDate validFrom, String authority, String document) {
			this.market = market;
			this.version = version;
			this.validFrom = validFrom;
			this.authority = authority;
			this.document = document;
		}

		/**
		 * Adds a line; {@code rate} is asked for only the first time its text comes, so a
		 * caller parsing stored JSON parses each distinct rate once.
		 */
		public Builder add(String code, String rateText, java.util.function.Function<String, ParsedRate> rate) {
			if (!isCode(code)) {
				throw new IllegalArgumentException("Not a tariff code of 1 to 10 digits: " + code);
			}
			if (size == keys.length) {
				keys = Arrays.copyOf(keys, size * 2);
				rates = Arrays.copyOf(rates, size * 2);
			}
			keys[size] = key(code);
			rates[size] = shared.computeIfAbsent(rateText, rate);
			size++;
			return this;
		}

		public ScheduleIndex build() {
			return new ScheduleIndex(this);
		}

	}

}
