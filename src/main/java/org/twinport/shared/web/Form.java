package org.twinport.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;
import org.twinport.shared.Reason;
import org.twinport.shared.Decimals;
import org.twinport.shared.InvalidInputException;

/**
 * The fields of a server-rendered form, as submitted or as prefilled from a record, with
 * the errors to show next to them. Forms name fields as the API's JSON does
 * ({@code title.en}, {@code participants[0].place}), so the field named by an
 * {@link InvalidInputException} from a service is the field the error is shown beside.
 */
public final class Form {

	private static final Pattern ROW = Pattern.compile("^([a-zA-Z]+)\\[(\\d+)]\\.(.+)$");

	/** A row's field ({@code participants[1].place}) or the row itself ({@code participants[1]}). */
	private static final Pattern ROW_OR_FIELD = Pattern.compile("^([a-zA-Z]+)\\[(\\d+)](?:\\.(.+))?$");

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final Map<String, String> labels = new LinkedHashMap<>();

	private Form() {
	}

	public static Form empty() {
		return new Form();
	}

	/** The submitted fields, trimmed; the CSRF token is left out. */
	public static Form of(MultiValueMap<String, String> submitted) {
		Form form = new Form();
		submitted.forEach((name, list) -> {
			if (!name.equals("_csrf") && list != null && !list.isEmpty()) {
				form.values.put(name, list.get(list.size() - 1) == null ? null : list.get(list.size() - 1).strip());
			}
		});
		return form;
	}

	/** Prefills a field; lists are joined with commas, nulls leave the field empty. */
	public Form put(String name, Object value) {
		if (value instanceof List<?> list) {
			values.put(name, String.join(", ", list.stream().map(String::valueOf).toList()));
		}
		else if (value instanceof Enum<?> choice) {
			values.put(name, choice.name());
		}
		else if (value != null) {
			values.put(name, value.toString());
		}
		return this;
	}

	/**
	 * Prefills {@code prefix.en}, {@code prefix.zh} and, for other languages,
	 * {@code prefix.more}.
	 */
	public Form putNames(String prefix, Map<String, String> names) {
		if (names == null) {
			return this;
		}
		List<String> more = new ArrayList<>();
		names.forEach((lang, name) -> {
			if (lang.equals("en") || lang.equals("zh")) {
				values.put(prefix + "." + lang, name);
			}
			else {
				more.add(lang + ": " + name);
			}
		});
		values.put(prefix + ".more", String.join("; ", more));
		return this;
	}

	public String text(String name) {
		String value = values.get(name);
		return value == null || value.isBlank() ? null : value;
	}

	public boolean checked(String name) {
		String value = text(name);
		return value != null && !value.equals("false");
	}

	/** A comma-separated list; empty when the field is blank. */
	public List<String> list(String name) {
		String value = text(name);
		return value == null ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * The names under {@code prefix.en}, {@code prefix.zh} and {@code prefix.more}
	 * ({@code fi: Vantaa; sv: Vanda}).
	 */
	public Map<String, String> names(String prefix) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String lang : List.of("en", "zh")) {
			if (text(prefix + "." + lang) != null) {
				names.put(lang, text(prefix + "." + lang));
			}
		}
		String more = text(prefix + ".more");
		if (more != null) {
			for (String entry : more.split(";")) {
				if (entry.isBlank()) {
					continue;
				}
				int colon = entry.indexOf(':');
				if (colon < 1 || entry.substring(colon + 1).isBlank()) {
					throw new InvalidInputException(prefix + ".more", Reason.of("problem.moreNames"));
				}
				names.put(entry.substring(0, colon).strip().toLowerCase(), entry.substring(colon + 1).strip());
			}
		}
		return names;
	}

	/** An enum constant by name; null when blank. */
	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(name, Reason.of("problem.notOffered"));
		}
	}

	public BigDecimal number(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		return Decimals.parse(value.replace(" ", ""), name);
	}

	/**
	 * Renumbers the rows {@code prefix[i].field} so that the filled ones come first
	 * without gaps and blank ones are dropped; an error the service reports for its
	 * {@code i}-th row then names the row the user sees.
	 * @return how many filled rows there are
	 */
	public int compactRows(String prefix) {
		Map<Integer, Map<String, String>> rows = new java.util.TreeMap<>();
		for (var it = values.entrySet().iterator(); it.hasNext();) {
			var entry = it.next();
			Matcher matcher = ROW.matcher(entry.getKey());
			if (matcher.matches() && matcher.group(1).equals(prefix)) {
				rows.computeIfAbsent(Integer.parseInt(matcher.group(2)), i -> new LinkedHashMap<>())
					.put(matcher.group(3), entry.getValue());
				it.remove();
			}
		}
		int next = 0;
		for (Map<String, String> row : rows.values()) {
			if (row.entrySet()
				.stream()
				.anyMatch(e -> !e.getKey().equals("role") && e.getValue() != null && !e.getValue().isBlank())) {
				int index = next++;
				row.forEach((field, value) -> values.put(prefix + "[" + index + "]." + field, value));
			}
		}
		return next;
	}

	/**
	 * How many rows {@code prefix[i].…} the form holds now (the highest index plus one).
	 */
	public int rowCount(String prefix) {
		TreeSet<Integer> indices = new TreeSet<>();
		for (String name : values.keySet()) {
			Matcher matcher = ROW.matcher(name);
			if (matcher.matches() && matcher.group(1).equals(prefix)) {
				indices.add(Integer.parseInt(matcher.group(2)));
			}
		}
		return indices.isEmpty() ? 0 : indices.last() + 1;
	}

	/** Shows the refusal with its message worded for the reader ({@link Refusals#say}). */
	public Form reject(InvalidInputException ex, String wording) {
		errors.put(ex.field() == null ? "form" : ex.field(), wording);
		return this;
	}

	/**
	 * Names the fields by the message keys of their labels, so that the error summary
	 * says "Participant 2 · Place", not {@code participants[1].place}. A row's fields are
	 * given as {@code participants[].place}, the row itself as {@code participants[]}.
	 */
	public Form labelled(Map<String, String> fieldLabels) {
		labels.putAll(fieldLabels);
		return this;
	}

	/**
	 * The label of a field for the error summary: the message keys of its row (shown with
	 * the row's number from 1) and of the field; null when the form does not name it.
	 */
	public Label label(String field) {
		Matcher row = ROW_OR_FIELD.matcher(field);
		if (row.matches()) {
			String rowKey = labels.get(row.group(1) + "[]");
			String fieldKey = row.group(3) == null ? null : labels.get(row.group(1) + "[]." + row.group(3));
			if (rowKey == null && fieldKey == null) {
				return null;
			}
			return new Label(rowKey, Integer.parseInt(row.group(2)) + 1, fieldKey);
		}
		String key = labels.get(field);
		return key == null ? null : new Label(null, 0, key);
	}

	/**
	 * @param rowKey the message key of the row, with the row's number as its argument;
	 * null for a field outside rows
	 * @param fieldKey the message key of the field's label; null for the row itself
	 */
	public record Label(String rowKey, int row, String fieldKey) {
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** Field values for the template: {@code form.values['title.en']}. */
	public Map<String, String> getValues() {
		return values;
	}

	/** Messages by field name, for the template: {@code form.errors['title']}. */
	public Map<String, String> getErrors() {
		return errors;
	}

}
