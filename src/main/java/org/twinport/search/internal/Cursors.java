package org.twinport.search.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.lucene.search.FieldDoc;
import org.twinport.search.SearchQuery.Sort;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Opaque page cursors: the sort values of the last hit, so the next page starts right
 * after it.
 */
final class Cursors {

	private Cursors() {
	}

	static String encode(Sort sort, Object first, Object second) {
		String text = sort.name() + ":" + first + ":" + second;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	static FieldDoc decode(Sort sort, String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			if (parts.length != 3 || !parts[0].equals(sort.name())) {
				throw new IllegalArgumentException();
			}
			Object first = sort == Sort.RELEVANCE ? (Object) Float.parseFloat(parts[1])
					: (Object) Long.parseLong(parts[1]);
			return new FieldDoc(0, Float.NaN, new Object[] { first, Long.parseLong(parts[2]) });
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("cursor", Reason.of("search.problem.cursor"));
		}
	}

}
