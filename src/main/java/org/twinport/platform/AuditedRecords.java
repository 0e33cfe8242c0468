package org.twinport.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a module tells the change history about the records it audits: which still exist,
 * what they are called now in the reader's language, where staff open them, and the words
 * for codes it keeps as data rather than as messages.
 */
public interface AuditedRecords {

	/** The entity names this module writes to the audit trail, such as {@code partnership}. */
	Set<String> entities();

	/**
	 * The records among {@code ids} that still exist (are not archived), by id.
	 */
	Map<Long, Current> current(String entity, Collection<Long> ids, String lang);

	/**
	 * The words for a code kept in a field of a record, such as a partnership's kind; empty
	 * when the module has none and the message bundle should be asked. With {@code field}
	 * {@code place}, {@code organization} or {@code contact} (any entity), the name of the
	 * record with that code in {@code lang}: records refer to each other by code, while
	 * the names they recorded are in the language of whoever made the change.
	 */
	default Optional<String> word(String entity, String field, String code, String lang) {
		return Optional.empty();
	}

	/**
	 * @param name the record's name in the reader's language; null when it has none of its
	 * own and the history should name it from what was recorded
	 * @param path the page where staff open the record
	 */
	record Current(String name, String path) {
	}

}
