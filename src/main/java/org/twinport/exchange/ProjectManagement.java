package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.twinport.identity.TwinportUser;

/**
 * Cooperation projects: public ones readable by anyone, all written by staff, every
 * change audited.
 */
public interface ProjectManagement {

	List<ProjectView> projects(@Nullable TwinportUser reader, String lang);

	ProjectView project(long id, @Nullable TwinportUser reader, String lang);

	/** Sub-projects and milestones are replaced as a whole. */
	ProjectView save(@Nullable Long id, ProjectDraft draft, TwinportUser actor, String lang);

	void archive(long id, TwinportUser actor);

}
