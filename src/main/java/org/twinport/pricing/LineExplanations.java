package org.twinport.pricing;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says what a landed-cost line is and why it applies, in the reader's language, from the
 * line's reason code and arguments ({@code line.<reason>} in the bundles). Lines quoted
 * before reasons were codes carry only an English sentence with the rule's figures; those
 * are read back by pattern so that orders placed earlier read the same way, and a
 * sentence no pattern knows is shown as it was written.
 */
@Component("lineExplanations")
public class LineExplanations {

	private static final String TAX = "(VAT|GST|CONSUMPTION_TAX|Consumption tax)";

	private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";

	private record Form(Pattern pattern, Function<Matcher, Object[]> args, Function<Matcher, String> key) {
	}

	private final MessageSource messages;

	/**
	 * Most lines repeat (the same rate, regime and limit in every quote to a market):
	 * each wording is formatted once, as formatting a message takes a lock on its
	 * format. Bounded; emptied when full.
	 */
	private final java.util.concurrent.ConcurrentHashMap<Wording, String> worded = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int MAX_WORDINGS = 20_000;

	private record Wording(String code, List<String> args, Locale locale) {
	}

	private final List<Form> forms;

	private final org.twinport.shared.CountryNames countries;

	LineExplanations(MessageSource messages, org.twinport.shared.CountryNames countries) {
		this.messages = messages;
		this.countries = countries;
		this.forms = List.of(form("^([0-9]+) × (.+)$", "line.goods", m -> args(m.group(1), m.group(2))),
				form("^Shipping$", "line.shipping", m -> args()), form("^Insurance$", "line.insurance", m -> args()),
				form("^No duty under cross-border retail import \\(transaction ≤ (.+)\\)$", "line.cbec.noDuty",
						m -> args(m.group(1))),
				form("^No duty under (.+) \\(consignment ≤ (.+)\\)$", "line.noDutyUnder",
						m -> args(label(m.group(1)), m.group(2))),
				form("^No duty: goods ≤ (.+) and weight ≤ " + NUMBER + " kg$", "line.noDutyAllowance",
						m -> args(m.group(1), m.group(2))),
				form("^No duty: consignment (.+) ≤ (.+)$", "line.noDutyThreshold",
						m -> args(compares(m.group(1)), m.group(2))),
				form("^Flat duty (.+) × ([0-9]+) tariff sub-heading\\(s\\) \\(consignment ≤ (.+)\\)$", "line.flatDuty",
						m -> args(m.group(1), m.group(2), m.group(3))),
				form("^Duty " + NUMBER + "% in full: single indivisible item over the transaction limit$",
						"line.cbec.dutyInFull", m -> args(m.group(1))),
				form("^Duty " + NUMBER + "% of the value over (.+), at least (.+) per kg over " + NUMBER + " kg$",
						"line.excessDuty", m -> args(m.group(1), m.group(2), m.group(3), m.group(4))),
				new Form(
						Pattern
							.compile("^(Additional duty|Duty) " + NUMBER + "% on HS ([0-9]+)( of origin ([A-Z]{2}))?$"),
						m -> args(m.group(2), m.group(3), m.group(5)),
						m -> (m.group(1).startsWith("Additional") ? "line.additionalDuty" : "line.duty")
								+ (m.group(5) == null ? "" : ".origin")),
				form("^" + TAX + " " + NUMBER + "% collected now under (.+) \\(consignment ≤ (.+)\\)$",
						"line.tax.pointOfSale", m -> args(tax(m.group(1)), m.group(2), label(m.group(3)), m.group(4))),
				form("^" + TAX + " " + NUMBER + "% prepaid at checkout \\(DDP\\)$", "line.tax.ddp",
						m -> args(tax(m.group(1)), m.group(2))),
				form("^" + TAX + " " + NUMBER + "% due at the border \\(DAP\\)$", "line.tax.dap",
						m -> args(tax(m.group(1)), m.group(2))),
				form("^" + TAX + " " + NUMBER + "% × " + NUMBER + "% under cross-border retail import$",
						"line.cbec.tax", m -> args(tax(m.group(1)), m.group(2), m.group(3))),
				form("^" + TAX + " " + NUMBER + "% in full \\(single indivisible item over the transaction limit\\)$",
						"line.cbec.taxInFull", m -> args(tax(m.group(1)), m.group(2))),
				form("^No " + TAX + ": consignment (.+) ≤ (.+)$", "line.noTax",
						m -> args(tax(m.group(1)), compares(m.group(2)), m.group(3))),
				new Form(Pattern.compile("^(.+): (.+) × ([0-9]+) line\\(s\\)( \\(unverified\\))?$"),
						m -> args(label(m.group(1)), m.group(2), m.group(3)),
						m -> m.group(4) == null ? "line.fee" : "line.fee.unverified"));
	}

	/** The line's reason in the locale's language. */
	public String explain(QuoteLine line, Locale locale) {
		if (line.reason() != null) {
			return word("line." + line.reason(), line.args(), locale);
		}
		return explained(line.description(), locale).orElse(line.description());
	}

	/** Why a consignment or an item is refused, in the locale's language. */
	public String explain(Quote.Refusal refusal, Locale locale) {
		if (refusal.message() != null && refusal.args().isEmpty()) {
			return messages.getMessage("refusal." + refusal.code(), null, refusal.message(), locale);
		}
		return word("refusal." + refusal.code(), refusal.args(), locale);
	}

	/**
	 * The message with its arguments in order; an argument {@code msg:<key>|<fallback>}
	 * is itself worded from the bundles.
	 */
	private String word(String code, java.util.Map<String, String> args, Locale locale) {
		Wording key = new Wording(code, new java.util.ArrayList<>(args.values()), locale);
		String known = worded.get(key);
		if (known != null) {
			return known;
		}
		if (worded.size() >= MAX_WORDINGS) {
			worded.clear();
		}
		String text = format(code, args, locale);
		worded.put(key, text);
		return text;
	}

	private String format(String code, java.util.Map<String, String> args, Locale locale) {
		Object[] values = args.entrySet().stream().map(arg -> {
			String value = arg.getValue();
			if (value != null && value.startsWith("msg:")) {
				int bar = value.indexOf('|');
				String key = value.substring(4, bar < 0 ? value.length() : bar);
				return messages.getMessage(key, null, bar < 0 ? key : value.substring(bar + 1), locale);
			}
			if (value != null && COUNTRY_ARGUMENTS.contains(arg.getKey()) && value.matches("^[A-Z]{2}$")) {
				return countries.name(value, locale);
			}
			return value;
		}).toArray();
		return messages.getMessage(code, values, code, locale);
	}

	/** Arguments that hold a country code, shown as the country's name in the reader's language. */
	private static final java.util.Set<String> COUNTRY_ARGUMENTS = java.util.Set.of("market", "origin", "destination",
			"country", "shipFrom");

	/** The reason worded from the bundles, or empty when no known form matches. */
	public java.util.Optional<String> explained(@Nullable String description, Locale locale) {
		if (description == null) {
			return java.util.Optional.empty();
		}
		for (Form form : forms) {
			Matcher m = form.pattern().matcher(description);
			if (m.matches()) {
				Object[] args = form.args().apply(m);
				for (int i = 0; i < args.length; i++) {
					if (args[i] instanceof Key key) {
						args[i] = messages.getMessage(key.code(), null, key.fallback(), locale);
					}
				}
				return java.util.Optional.of(messages.getMessage(form.key().apply(m), args, locale));
			}
		}
		return java.util.Optional.empty();
	}

	/** The name of a line's type, such as "VAT" or "增值税". */
	public String type(QuoteLine line, Locale locale) {
		return messages.getMessage("line.type." + line.type().name(), null, line.type().name(), locale);
	}

	private record Key(String code, String fallback) {
	}

	private static Form form(String regex, String key, Function<Matcher, Object[]> args) {
		return new Form(Pattern.compile(regex), args, m -> key);
	}

	private static Object[] args(Object... args) {
		return args;
	}

	private static Key tax(String type) {
		return new Key("line.type." + (type.equals("Consumption tax") ? "CONSUMPTION_TAX" : type), type);
	}

	/**
	 * A regime's or fee's label from the rule set, translated where the bundle knows it.
	 */
	private static Key label(String label) {
		return new Key("line.label." + label.replaceAll("[^A-Za-z0-9]", ""), label);
	}

	private static Key compares(String compares) {
		return new Key("line.compares." + compares.replaceAll("[^A-Za-z0-9]", ""), compares);
	}

}
