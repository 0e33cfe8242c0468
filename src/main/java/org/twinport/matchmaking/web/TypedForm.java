package org.twinport.matchmaking.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A form's fields as the page shows them: prefilled from a record, or as typed and sent
 * back after a refusal so that nothing typed is lost. Kept in the session between the
 * redirect and the page, hence serializable.
 */
final class TypedForm implements Serializable {

	private final LinkedHashMap<String, ArrayList<String>> values = new LinkedHashMap<>();

	static TypedForm empty() {
		return new TypedForm();
	}

	/** Every submitted field but the CSRF token. */
	static TypedForm of(HttpServletRequest request) {
		TypedForm form = new TypedForm();
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			if (!field.getKey().equals("_csrf")) {
				form.values.put(field.getKey(), new ArrayList<>(List.of(field.getValue())));
			}
		}
		return form;
	}

	/** A value, or each value of a list; null leaves the field empty. */
	TypedForm put(String name, Object value) {
		ArrayList<String> list = new ArrayList<>();
		if (value instanceof List<?> many) {
			many.forEach(v -> list.add(String.valueOf(v)));
		}
		else if (value != null) {
			list.add(String.valueOf(value));
		}
		values.put(name, list);
		return this;
	}

	/** The field's (first) value; empty when it was not sent. */
	public String get(String name) {
		return at(name, 0);
	}

	/** The value of row {@code index} of a repeated field such as the days of a session. */
	public String at(String name, int index) {
		List<String> list = values.get(name);
		return list == null || index >= list.size() ? "" : list.get(index);
	}

	public List<String> all(String name) {
		return values.getOrDefault(name, new ArrayList<>());
	}

	/** Whether a checkbox or an option of a list field was chosen. */
	public boolean has(String name, String value) {
		return all(name).contains(value);
	}

	/** How many rows a repeated field shows: those typed, one empty for more, at least {@code min}. */
	public int rows(String name, int min) {
		return Math.max(min, all(name).size() + 1);
	}

}
