package org.twinport.exchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.exchange.ProjectDraft;
import org.twinport.exchange.ProjectManagement;
import org.twinport.exchange.ProjectView;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkLookup;
import org.twinport.network.PartialDate;
import org.twinport.platform.AuditTrail;
import org.twinport.platform.AuditTrail.Action;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.NotFoundException;

/** The rules for cooperation projects (visibility, staff-only writes, audit) and their storage. */
@Service
class ProjectManagementService implements ProjectManagement {

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NetworkLookup network;

	private final AuditTrail audit;

	ProjectManagementService(JdbcClient jdbc, JsonMapper json, NetworkLookup network, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.network = network;
		this.audit = audit;
	}

	@Override
	public List<ProjectView> projects(TwinportUser reader, String lang) {
		return read("not archived and (public or :staff)", staff(reader), null, lang);
	}

	@Override
	public ProjectView project(long id, TwinportUser reader, String lang) {
		return read("id = :id and (public or :staff)", staff(reader), id, lang).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Reason.of("exchange.problem.noProject", String.valueOf(id))));
	}

	@Override
	@Transactional
	public ProjectView save(Long id, ProjectDraft draft, TwinportUser actor, String lang) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Staff only");
		}
		ProjectView before = id == null ? null : project(id, actor, "en");
		long saved = store(id, draft, false);
		ProjectView after = project(saved, actor, lang);
		audit.record(actor.getUsername(), "project", saved, id == null ? Action.CREATED : Action.UPDATED, before,
				after);
		return after;
	}

	@Override
	@Transactional
	public void archive(long id, TwinportUser actor) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Staff only");
		}
		ProjectView before = project(id, actor, "en");
		jdbc.sql("update exchange.project set archived = true, updated_at = now() where id = :id")
			.param("id", id)
			.update();
		audit.record(actor.getUsername(), "project", id, Action.ARCHIVED, before, null);
	}

	/**
	 * Inserts when {@code id} is null, else replaces the project with its sub-projects
	 * and milestones.
	 */
	long store(Long id, ProjectDraft draft, boolean demo) {
		if (draft.code() == null || !draft.code().matches("^[a-z0-9][a-z0-9-]{1,80}$")) {
			throw new InvalidInputException("code", Reason.of("problem.code"));
		}
		requireEnglish(draft.names(), "names");
		try {
			if (id == null) {
				id = jdbc.sql("""
						insert into exchange.project (code, names, summary, public, demo)
						values (:code, cast(:names as jsonb), :summary, :public, :demo) returning id
						""")
					.param("code", draft.code())
					.param("names", json.writeValueAsString(draft.names()))
					.param("summary", draft.summary())
					.param("public", draft.isPublic() == null || draft.isPublic())
					.param("demo", demo)
					.query(Long.class)
					.single();
			}
			else {
				jdbc.sql("""
						update exchange.project set code = :code, names = cast(:names as jsonb), summary = :summary,
						  public = :public, archived = false, updated_at = now() where id = :id
						""")
					.param("code", draft.code())
					.param("names", json.writeValueAsString(draft.names()))
					.param("summary", draft.summary())
					.param("public", draft.isPublic() == null || draft.isPublic())
					.param("id", id)
					.update();
				jdbc.sql("delete from exchange.sub_project where project_id = :id").param("id", id).update();
			}
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("code", Reason.of("problem.codeTaken"));
		}
		List<ProjectDraft.SubProject> subProjects = draft.subProjects() == null ? List.of() : draft.subProjects();
		for (int i = 0; i < subProjects.size(); i++) {
			insertSubProject(id, i, subProjects.get(i), "subProjects[" + i + "]");
		}
		return id;
	}

	private void insertSubProject(long projectId, int position, ProjectDraft.SubProject sub, String at) {
		requireEnglish(sub.names(), at + ".names");
		if (sub.status() == null) {
			throw new InvalidInputException(at + ".status", Reason.of("problem.required"));
		}
		Long partner = sub.partner() == null ? null : network.place(sub.partner(), "en")
			.orElseThrow(
					() -> new InvalidInputException(at + ".partner", Reason.of("problem.unknownPlace", sub.partner())))
			.id();
		long subId = jdbc.sql("""
				insert into exchange.sub_project (project_id, partner_place_id, names, status, notes, position)
				values (:project, :partner, cast(:names as jsonb), :status, :notes, :position) returning id
				""")
			.param("project", projectId)
			.param("partner", partner)
			.param("names", json.writeValueAsString(sub.names()))
			.param("status", sub.status().name())
			.param("notes", sub.notes())
			.param("position", position)
			.query(Long.class)
			.single();
		List<ProjectDraft.Milestone> milestones = sub.milestones() == null ? List.of() : sub.milestones();
		for (int i = 0; i < milestones.size(); i++) {
			ProjectDraft.Milestone milestone = milestones.get(i);
			String field = at + ".milestones[" + i + "]";
			if (milestone.description() == null || milestone.description().isBlank()) {
				throw new InvalidInputException(field + ".description", Reason.of("problem.required"));
			}
			PartialDate date = PartialDate.parse(field + ".date", milestone.date());
			jdbc.sql("""
					insert into exchange.milestone (sub_project_id, occurred_on, precision, description)
					values (:sub, :on, :precision, :description)
					""")
				.param("sub", subId)
				.param("on", date.date())
				.param("precision", date.precision().name())
				.param("description", milestone.description())
				.update();
		}
	}

	private List<ProjectView> read(String where, boolean staff, Long id, String lang) {
		String language = lang == null || lang.length() < 2 ? "en" : lang.substring(0, 2).toLowerCase();
		List<ProjectView> projects = jdbc.sql("select * from exchange.project where " + where + " order by id")
			.param("staff", staff)
			.param("id", id == null ? -1L : id)
			.query((rs, n) -> {
				Map<String, String> names = json.readValue(rs.getString("names"), NAMES);
				return new ProjectView(rs.getLong("id"), rs.getString("code"),
						names.getOrDefault(language, names.get("en")), names, rs.getString("summary"),
						rs.getBoolean("public"), rs.getBoolean("archived"), rs.getBoolean("demo"), new ArrayList<>());
			})
			.list();
		if (projects.isEmpty()) {
			return projects;
		}
		Map<Long, ProjectView> byId = new LinkedHashMap<>();
		projects.forEach(p -> byId.put(p.id(), p));
		record SubRow(long id, long project, Long partner, Map<String, String> names, String status, String notes) {
		}
		List<SubRow> subs = jdbc
			.sql("select * from exchange.sub_project where project_id = any(:ids) order by project_id, position")
			.param("ids", byId.keySet().toArray(Long[]::new))
			.query((rs, n) -> new SubRow(rs.getLong("id"), rs.getLong("project_id"),
					(Long) rs.getObject("partner_place_id"), json.readValue(rs.getString("names"), NAMES),
					rs.getString("status"), rs.getString("notes")))
			.list();
		Map<Long, List<ProjectDraft.Milestone>> milestones = new LinkedHashMap<>();
		jdbc.sql(
				"select * from exchange.milestone where sub_project_id = any(:ids) order by occurred_on nulls last, id")
			.param("ids", subs.stream().map(SubRow::id).toArray(Long[]::new))
			.query((rs, n) -> {
				LocalDate on = rs.getObject("occurred_on", LocalDate.class);
				String date = on == null ? null
						: new PartialDate(on, PartialDate.Precision.valueOf(rs.getString("precision"))).iso();
				return milestones.computeIfAbsent(rs.getLong("sub_project_id"), k -> new ArrayList<>())
					.add(new ProjectDraft.Milestone(date, rs.getString("description")));
			})
			.list();
		Set<Long> placeIds = new HashSet<>();
		subs.forEach(s -> {
			if (s.partner() != null) {
				placeIds.add(s.partner());
			}
		});
		var places = network.places(placeIds, lang);
		for (SubRow s : subs) {
			var place = s.partner() == null ? null : places.get(s.partner());
			byId.get(s.project())
				.subProjects()
				.add(new ProjectView.SubProject(s.id(), place == null ? null : place.code(),
						place == null ? null : place.name(), s.names().getOrDefault(language, s.names().get("en")),
						s.names(), ProjectDraft.Status.valueOf(s.status()), s.notes(),
						milestones.getOrDefault(s.id(), List.of())));
		}
		return projects;
	}

	private static boolean staff(TwinportUser reader) {
		return reader != null && reader.is(Role.ADMIN);
	}

	private static void requireEnglish(Map<String, String> names, String field) {
		if (names == null || names.get("en") == null || names.get("en").isBlank()) {
			throw new InvalidInputException(field, Reason.of("problem.englishName"));
		}
	}

}
