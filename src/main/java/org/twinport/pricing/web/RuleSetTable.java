package org.twinport.pricing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * A loaded rule set document laid out for reading: one section per group (such as the EU)
 * and per market, one row per rule. Read from the document as stored, so the page shows
 * exactly what was loaded.
 */
record RuleSetTable(String description, List<Section> sections) {

	/** A group or a market; {@code inherits} names the group whose rules also apply. */
	record Section(String code, boolean group, String inherits, String currency, String customsValue,
			List<Row> rules) {
	}

	/**
	 * One rule. {@code kind} is a message key suffix (tax, duty, threshold, ...);
	 * {@code type} a tax type or what a threshold relieves, also a key suffix.
	 */
	record Row(String id, String kind, String type, String label, String rate, String amount, String limit,
			List<String> hsPrefixes, List<String> origins, List<String> shipFrom, String from, String to,
			Source source, boolean verified, String note) {
	}

	/**
	 * Where a rule comes from. Format 2 names the authority, the legal reference, its
	 * address and the date it was checked; format 1 gives free text, shown as the
	 * reference.
	 */
	record Source(String authority, String reference, String url, String checked) {

		static Source of(JsonNode source) {
			if (source.isObject()) {
				String url = RuleSetTable.text(source, "url");
				return new Source(RuleSetTable.text(source, "authority"), RuleSetTable.text(source, "reference"),
						url != null && url.startsWith("https://") ? url : null, RuleSetTable.text(source, "checked"));
			}
			return new Source(null, plain(source.isValueNode() ? source : null), null, null);
		}

		private static String plain(JsonNode value) {
			return value != null && !value.isNull() && !value.isMissingNode() ? value.asString() : null;
		}

	}

	static RuleSetTable of(JsonNode document) {
		List<Section> sections = new ArrayList<>();
		sorted(document.path("groups")).forEach((code, market) -> sections.add(section(code, true, market)));
		sorted(document.path("markets")).forEach((code, market) -> sections.add(section(code, false, market)));
		return new RuleSetTable(text(document, "description"), sections);
	}

	private static Map<String, JsonNode> sorted(JsonNode object) {
		Map<String, JsonNode> byCode = new TreeMap<>();
		object.properties().forEach(entry -> byCode.put(entry.getKey(), entry.getValue()));
		return byCode;
	}

	private static Section section(String code, boolean group, JsonNode market) {
		List<Row> rows = new ArrayList<>();
		market.path("taxes").forEach(rule -> rows.add(row("tax", text(rule, "type"), rule)));
		market.path("duties").forEach(rule -> rows
			.add(row(rule.path("additional").asBoolean(false) ? "additionalDuty" : "duty", null, rule)));
		market.path("thresholds").forEach(rule -> rows.add(row("threshold", text(rule, "applies"), rule)));
		market.path("pointOfSale").forEach(rule -> rows.add(row("pointOfSale", null, rule)));
		market.path("flatDuties").forEach(rule -> rows.add(row("flatDuty", null, rule)));
		market.path("fees").forEach(rule -> rows.add(row("fee", null, rule)));
		JsonNode excess = market.path("excessDuty");
		if (excess.isObject()) {
			rows.add(row("excessDuty", null, excess));
		}
		JsonNode crossBorder = market.path("crossBorderRetail");
		if (crossBorder.isObject()) {
			rows.add(row("crossBorderRetail", null, crossBorder));
			crossBorder.path("consumptionTaxes").forEach(rule -> rows.add(row("tax", "CONSUMPTION_TAX", rule)));
		}
		return new Section(code, group, text(market, "group"), text(market, "currency"),
				text(market, "customsValue"), rows);
	}

	private static Row row(String kind, String type, JsonNode rule) {
		String rate = text(rule, "rate");
		if (rate == null) {
			rate = text(rule, "vatRate");
		}
		String amount = firstMoney(rule, "perSubheading", "perLine", "valueAllowance", "perTransaction");
		String limit = firstMoney(rule, "limit", "perYear");
		return new Row(text(rule, "id"), kind, type, text(rule, "label"), rate, amount, limit,
				strings(rule.path("hsPrefixes")), strings(rule.path("origins")), strings(rule.path("shipFrom")),
				text(rule, "from"), text(rule, "to"), Source.of(rule.path("source")), rule.path("verified").asBoolean(true),
				text(rule, "note"));
	}

	private static String firstMoney(JsonNode rule, String... fields) {
		for (String field : fields) {
			JsonNode money = rule.path(field);
			if (money.isObject()) {
				return text(money, "amount") + " " + text(money, "currency");
			}
		}
		return null;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : null;
	}

}
