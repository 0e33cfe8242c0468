package org.twinport.pricing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A reason's arguments keep the order its message uses them in. A JSON object loses that
 * order once stored as PostgreSQL {@code jsonb} (which sorts keys), so the order also
 * travels as a list of the names, and is restored from it when a stored line is read.
 */
final class ReasonArguments {

	private ReasonArguments() {
	}

	static Map<String, String> ordered(@Nullable Map<String, String> args, @Nullable List<String> order) {
		if (args == null || args.isEmpty()) {
			return Map.of();
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		if (order != null && order.size() == args.size() && args.keySet().containsAll(order)) {
			order.forEach(name -> ordered.put(name, args.get(name)));
		}
		else {
			ordered.putAll(args);
		}
		return Collections.unmodifiableMap(ordered);
	}

	static List<String> names(Map<String, String> args) {
		return List.copyOf(args.keySet());
	}

}
