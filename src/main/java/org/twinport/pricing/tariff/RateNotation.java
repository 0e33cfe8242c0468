package org.twinport.pricing.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.twinport.pricing.tariff.ParsedRate.Component;
import org.twinport.pricing.tariff.ParsedRate.Kind;

/**
 * Reads the rate notations of the national schedules (US HTS, UK Global Tariff, EU CET,
 * Japan's 実行関税率表, Australia's Schedule 3) into a {@link ParsedRate}. Whatever it does
 * not fully understand comes back {@code UNPARSED} with its text, never as a zero.
 */
public final class RateNotation {

	private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";

	private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*%(?:\\s+(on .+))?");

	private static final Pattern CENTS = Pattern.compile(NUMBER + "\\s*¢\\s*(?:/\\s*(.+)|each\\b(.*))");

	private static final Pattern DOLLARS = Pattern.compile("\\$\\s*" + NUMBER + "\\s*(?:/\\s*(.+)|each\\b(.*))");

	private static final Pattern CURRENCY_CODE = Pattern
		.compile(NUMBER + "\\s*(GBP|EUR|JPY|USD|AUD)\\s*/\\s*(.+)");

	private static final Pattern JAPANESE_HIGHER_OF = Pattern.compile("(.+?)又は(.+?)のうちいずれか高い税率");

	private static final Pattern ENGLISH_HIGHER_OF = Pattern
		.compile("(.+?),?\\s+or\\s+(.+?),?\\s+whichever is (?:the )?(?:higher|greater)", Pattern.CASE_INSENSITIVE);

	private static final Pattern ALCOHOL_BY_VOLUME = Pattern.compile("%\\s*vol\\s*/\\s*hl\\b(.*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUANTITY_UNIT = Pattern.compile(
			"(\\d[\\d,]*)?\\s*(pf\\.\\s*liter|proof liter|kilograms?|kg|tonnes?|t|hl|kl|liters?|litres?|l|items?|no\\.|"
					+ "sticks?|pr\\.|pairs?|doz\\.|gross|thousand|head|m2|m3|bbl|jewel|㎡|頭|足|個)(?![a-z])(.*)",
			Pattern.CASE_INSENSITIVE);

	/** Texts after a unit that change how the amount is computed: left unparsed. */
	private static final Pattern CONDITION = Pattern
		.compile("\\bless\\b|exceed|for each|\\bmin\\b|\\bmax\\b|\\bbut\\b", Pattern.CASE_INSENSITIVE);

	/** Two rates side by side (Japan's "a | *b"), a range ("21%〜29.8%") or a list: a person has to choose. */
	private static final Pattern SEVERAL_RATES = Pattern.compile("[|〜~、]");

	private RateNotation() {
	}

	/**
	 * @param dollarCurrency the currency a bare {@code $} means in this schedule (USD in
	 * the US, AUD in Australia)
	 */
	public static ParsedRate parse(String text, String dollarCurrency) {
		if (text == null || text.isBlank()) {
			return new ParsedRate(Kind.NONE, List.of(), List.of(), text == null ? "" : text);
		}
		String rate = normalize(text);
		if (SEVERAL_RATES.matcher(rate).find()) {
			return ParsedRate.unparsed(text);
		}
		if (rate.equalsIgnoreCase("free")) {
			return new ParsedRate(Kind.FREE, List.of(), List.of(), text);
		}
		Matcher higher = JAPANESE_HIGHER_OF.matcher(rate);
		if (!higher.matches()) {
			higher = ENGLISH_HIGHER_OF.matcher(rate);
		}
		if (higher.matches()) {
			List<Component> first = sum(higher.group(1), dollarCurrency);
			List<Component> second = sum(higher.group(2), dollarCurrency);
			if (first == null || second == null) {
				return ParsedRate.unparsed(text);
			}
			return new ParsedRate(Kind.HIGHER_OF, List.of(), List.of(first, second), text);
		}
		List<Component> components = sum(rate, dollarCurrency);
		if (components == null) {
			return ParsedRate.unparsed(text);
		}
		Kind kind = components.size() > 1 ? Kind.COMPOUND
				: components.get(0).percent() != null ? Kind.AD_VALOREM : Kind.SPECIFIC;
		return new ParsedRate(kind, components, List.of(), text);
	}

	static String normalize(String text) {
		String rate = text.replaceAll("[\\u200B\\u200C\\u200D\\uFEFF]", "")
			.replace('\u00A0', ' ')
			.replace('＋', '+')
			.replace('％', '%')
			.replace('（', '(')
			.replace('）', ')')
			.replace("無税", "Free")
			.replace("円", " JPY")
			.replaceAll("\\s+", " ")
			.strip();
		// Japan's markers (◎ a rate with a condition note, ※ a footnote) say nothing about the amount.
		rate = rate.replaceFirst("^\\(?[◎※]\\)?\\s*", "");
		// Australia writes compounds as "5%, and $0.526/L" and blends as "... plus ...".
		return rate.replace(", and ", " + ").replace(" plus ", " + ");
	}

	private static List<Component> sum(String text, String dollarCurrency) {
		List<Component> components = new ArrayList<>();
		for (String term : text.split("\\+")) {
			Component component = component(term.strip(), dollarCurrency);
			if (component == null) {
				return null;
			}
			components.add(component);
		}
		return components;
	}

	private static Component component(String term, String dollarCurrency) {
		Matcher m = PERCENT.matcher(term);
		if (m.matches()) {
			return Component.adValorem(number(m.group(1)), m.group(2));
		}
		m = CENTS.matcher(term);
		if (m.matches()) {
			return specific(number(m.group(1)).movePointLeft(2), "USD", m.group(2), m.group(3));
		}
		m = DOLLARS.matcher(term);
		if (m.matches()) {
			return specific(number(m.group(1)), dollarCurrency, m.group(2), m.group(3));
		}
		m = CURRENCY_CODE.matcher(term);
		if (m.matches()) {
			return specific(number(m.group(1)), m.group(2), m.group(3), null);
		}
		return null;
	}

	/** Either {@code perUnit} ("kg on drained weight", "100 kg") or {@code each} (what follows "each") is set. */
	private static Component specific(BigDecimal amount, String currency, String perUnit, String each) {
		if (perUnit == null) {
			String basis = basis(each);
			return basis == null && !each.isBlank() ? null
					: Component.specific(amount, currency, BigDecimal.ONE, "item", basis);
		}
		Matcher alcohol = ALCOHOL_BY_VOLUME.matcher(perUnit.strip());
		if (alcohol.matches()) {
			// So much per % vol per hectolitre is so much per litre of pure alcohol.
			String rest = alcohol.group(1);
			String basis = basis(rest);
			return basis == null && !rest.isBlank() ? null
					: Component.specific(amount, currency, BigDecimal.ONE, "l-alcohol", basis);
		}
		Matcher m = QUANTITY_UNIT.matcher(perUnit.strip());
		if (!m.matches()) {
			return null;
		}
		BigDecimal per = m.group(1) == null ? BigDecimal.ONE : number(m.group(1));
		String unit;
		switch (m.group(2).toLowerCase(Locale.ROOT).replace(" ", "")) {
			case "kg", "kilogram", "kilograms" -> unit = "kg";
			case "t", "tonne", "tonnes" -> {
				unit = "kg";
				per = per.multiply(BigDecimal.valueOf(1000));
			}
			case "l", "liter", "liters", "litre", "litres" -> unit = "l";
			case "hl" -> {
				unit = "l";
				per = per.multiply(BigDecimal.valueOf(100));
			}
			case "kl" -> {
				unit = "l";
				per = per.multiply(BigDecimal.valueOf(1000));
			}
			case "pf.liter", "proofliter" -> unit = "proof-l";
			case "doz." -> {
				unit = "item";
				per = per.multiply(BigDecimal.valueOf(12));
			}
			case "gross" -> {
				unit = "item";
				per = per.multiply(BigDecimal.valueOf(144));
			}
			case "thousand" -> {
				unit = "item";
				per = per.multiply(BigDecimal.valueOf(1000));
			}
			case "pr.", "pair", "pairs", "足" -> unit = "pair";
			case "head", "頭" -> unit = "head";
			case "m2", "㎡" -> unit = "m2";
			case "m3" -> unit = "m3";
			case "bbl" -> unit = "bbl";
			case "jewel" -> unit = "jewel";
			default -> unit = "item";
		}
		String rest = m.group(3);
		if ("l".equals(unit) && rest.strip().toLowerCase(Locale.ROOT).startsWith("of alcohol")) {
			unit = "l-alcohol";
			rest = rest.strip().substring("of alcohol".length());
		}
		String basis = basis(rest);
		if (basis == null && !rest.isBlank()) {
			return null;
		}
		return Component.specific(amount, currency, per, unit, basis);
	}

	/** What follows a unit, as a qualifier; null when blank or when it is a condition we cannot compute. */
	private static String basis(String rest) {
		if (rest == null) {
			return null;
		}
		String basis = rest.strip().replaceFirst("^[/,]\\s*", "").strip();
		if (basis.isEmpty() || CONDITION.matcher(basis).find()) {
			return null;
		}
		return basis;
	}

	private static BigDecimal number(String digits) {
		return new BigDecimal(digits.replace(",", ""));
	}

}
