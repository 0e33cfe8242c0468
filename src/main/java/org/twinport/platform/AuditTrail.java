package org.twinport.platform;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The history of every change to the registry: who made it, when, and the record before
 * and after. Writes join the caller's transaction, so a change and its audit entry are
 * kept or lost together.
 */
public interface AuditTrail {

	/**
	 * @param entity a lower-case name such as {@code partnership}
	 * @param before the record before the change; null when it was created
	 * @param after the record after the change; null when it was removed
	 */
	void record(String actor, String entity, long entityId, Action action, @Nullable Object before,
			@Nullable Object after);

	/**
	 * The newest entries first, for one record or (with a null entity) for everything.
	 */
	List<Entry> history(@Nullable String entity, @Nullable Long entityId, int limit);

	enum Action {

		CREATED, UPDATED, ARCHIVED, IMPORTED

	}

	record Entry(long id, Instant at, String actor, String entity, long entityId, Action action,
			@Nullable JsonNode before, @Nullable JsonNode after) {
	}

}
