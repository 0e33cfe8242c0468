package org.twinport.exchange;

import java.util.List;
import java.util.Map;

public record ProjectView(long id, String code, String name, Map<String, String> names, String summary,
		boolean isPublic, boolean archived, boolean demo, List<SubProject> subProjects) {

	/**
	 * @param names the sub-project's name per language; {@code name} is the one in the
	 * reader's language
	 */
	public record SubProject(long id, String partnerCode, String partnerName, String name, Map<String, String> names,
			ProjectDraft.Status status, String notes, List<ProjectDraft.Milestone> milestones) {
	}

}
