package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;

public record ProjectView(long id, String code, String name, Map<String, String> names, @Nullable String summary,
		boolean isPublic, boolean archived, boolean demo, List<SubProject> subProjects) {

	/**
	 * @param names the sub-project's name per language; {@code name} is the one in the
	 * reader's language
	 */
	public record SubProject(long id, @Nullable String partnerCode, @Nullable String partnerName, String name,
			Map<String, String> names, ProjectDraft.Status status, @Nullable String notes,
			List<ProjectDraft.Milestone> milestones) {
	}

}
