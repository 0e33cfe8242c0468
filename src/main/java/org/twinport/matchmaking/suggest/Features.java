package org.twinport.matchmaking.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.twinport.matchmaking.Offering;

/**
 * A company reduced to what scoring compares, with bit sets so that comparing two of
 * 20,000 companies costs a few machine words; the HS codes themselves are kept for the
 * reasons.
 *
 * @param responseRate the share of received meeting requests answered; negative when too
 * few to tell
 */
public record Features(long id, String name, long placeId, String countryCode, String[] sells, String[] buys,
		long sellsChapters0, long sellsChapters1, long buysChapters0, long buysChapters1, int isic, int offers,
		int seeks, long[] markets, long country0, long country1, long country2, long country3, long languages0,
		long languages1, long languages2, String[] languageCodes, double responseRate) {

	private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

	private static final Map<String, Integer> COUNTRY_INDEX = IntStream.range(0, COUNTRIES.size())
		.boxed()
		.collect(Collectors.toMap(COUNTRIES::get, Function.identity()));

	private static final List<String> LANGUAGES = List.of(Locale.getISOLanguages());

	private static final Map<String, Integer> LANGUAGE_INDEX = IntStream.range(0, LANGUAGES.size())
		.boxed()
		.collect(Collectors.toMap(LANGUAGES::get, Function.identity(), (a, b) -> a));

	public static Features of(long id, String name, long placeId, String countryCode, List<String> sells,
			List<String> buys, List<String> isicSections, List<Offering> offers, List<Offering> seeks,
			List<String> markets, List<String> languages, double responseRate) {
		long[] sc = chapters(sells);
		long[] bc = chapters(buys);
		int isic = 0;
		for (String section : isicSections) {
			isic |= 1 << (section.charAt(0) - 'A');
		}
		long[] marketBits = new long[4];
		for (String market : markets) {
			set(marketBits, COUNTRY_INDEX.getOrDefault(market, -1));
		}
		long[] countryBit = new long[4];
		set(countryBit, COUNTRY_INDEX.getOrDefault(countryCode, -1));
		long[] languageBits = new long[3];
		for (String language : languages) {
			set(languageBits, LANGUAGE_INDEX.getOrDefault(language, -1));
		}
		return new Features(id, name, placeId, countryCode, sells.toArray(String[]::new), buys.toArray(String[]::new),
				sc[0], sc[1], bc[0], bc[1], isic, bits(offers), bits(seeks), marketBits, countryBit[0], countryBit[1],
				countryBit[2], countryBit[3], languageBits[0], languageBits[1], languageBits[2],
				languages.toArray(String[]::new), responseRate);
	}

	boolean inMarkets(Features other) {
		return (markets[0] & other.country0) != 0 || (markets[1] & other.country1) != 0
				|| (markets[2] & other.country2) != 0 || (markets[3] & other.country3) != 0;
	}

	private static long[] chapters(List<String> codes) {
		long[] bits = new long[2];
		for (String code : codes) {
			set(bits, Integer.parseInt(code.substring(0, 2)));
		}
		return bits;
	}

	private static void set(long[] bits, int index) {
		if (index >= 0 && index < bits.length * 64) {
			bits[index >>> 6] |= 1L << (index & 63);
		}
	}

	private static int bits(List<Offering> offerings) {
		int out = 0;
		for (Offering offering : offerings) {
			out |= 1 << offering.ordinal();
		}
		return out;
	}

}
