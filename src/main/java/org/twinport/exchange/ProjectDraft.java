package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;

/**
 * A cooperation project with one sub-project per partner, each with its status and dated
 * milestones.
 */
public record ProjectDraft(String code, Map<String, String> names, @Nullable String summary,
		@Nullable Boolean isPublic, @Nullable List<SubProject> subProjects) {

	/**
	 * @param partner the partner place's code; null when the sub-project is not tied to
	 * one partner
	 */
	public record SubProject(@Nullable String partner, Map<String, String> names, Status status,
			@Nullable String notes, @Nullable List<Milestone> milestones) {
	}

	/**
	 * @param date {@code 2021}, {@code 2021-10}, {@code 2021-10-15} or null when unknown
	 */
	public record Milestone(@Nullable String date, String description) {
	}

	public enum Status {

		PLANNED, UNDER_CONSTRUCTION, BUILT

	}

}
