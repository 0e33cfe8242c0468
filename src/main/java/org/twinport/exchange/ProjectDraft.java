package org.twinport.exchange;

import java.util.List;
import java.util.Map;

/**
 * A cooperation project with one sub-project per partner, each with its status and dated
 * milestones.
 */
public record ProjectDraft(String code, Map<String, String> names, String summary, Boolean isPublic,
		List<SubProject> subProjects) {

	/**
	 * @param partner the partner place's code; null when the sub-project is not tied to
	 * one partner
	 */
	public record SubProject(String partner, Map<String, String> names, Status status, String notes,
			List<Milestone> milestones) {
	}

	/**
	 * @param date {@code 2021}, {@code 2021-10}, {@code 2021-10-15} or null when unknown
	 */
	public record Milestone(String date, String description) {
	}

	public enum Status {

		PLANNED, UNDER_CONSTRUCTION, BUILT

	}

}
