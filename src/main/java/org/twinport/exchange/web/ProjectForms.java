package org.twinport.exchange.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.exchange.ProjectDraft;
import org.twinport.exchange.ProjectManagement;
import org.twinport.exchange.ProjectView;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkChoices;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.Form;
import org.twinport.shared.web.Refusals;

/**
 * Staff keep cooperation projects: a row per sub-project, its milestones one per line as
 * {@code date | what}. The rules are {@link ProjectManagement}'s.
 */
@Controller
@RequestMapping("/manage/projects")
@PreAuthorize("hasRole('ADMIN')")
class ProjectForms {

	private static final int SPARE_ROWS = 2;

	/** The message keys of the fields' labels, for the error summary. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("code", "form.code"),
			Map.entry("names", "form.nameEn"), Map.entry("names.en", "form.nameEn"), Map.entry("names.zh", "form.nameZh"),
			Map.entry("names.more", "form.nameMore"), Map.entry("summary", "exchange.summary"),
			Map.entry("subProjects[]", "records.subProjectRow"), Map.entry("subProjects[].partner", "form.place"),
			Map.entry("subProjects[].names", "form.nameEn"), Map.entry("subProjects[].names.en", "form.nameEn"),
			Map.entry("subProjects[].names.zh", "form.nameZh"), Map.entry("subProjects[].names.more", "form.nameMore"),
			Map.entry("subProjects[].status", "network.status"), Map.entry("subProjects[].notes", "partner.notes"),
			Map.entry("subProjects[].milestones", "project.milestones"));

	private final ProjectManagement projects;

	private final NetworkChoices choices;

	private final Refusals problems;

	ProjectForms(ProjectManagement projects, NetworkChoices choices, Refusals problems) {
		this.projects = projects;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		model.addAttribute("heading", "manage.projects");
		model.addAttribute("newUrl", "/manage/projects/new");
		model.addAttribute("items",
				projects.projects(user, locale.getLanguage())
					.stream()
					.map(p -> new ExchangeForms.Item(p.name(), p.code() + " · " + p.subProjects().size(),
							"/manage/projects/" + p.id() + "/edit"))
					.toList());
		return "manage/list";
	}

	@GetMapping("/new")
	String create(Locale locale, Model model) {
		return form(Form.empty().put("isPublic", true), null, locale, model);
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> fields, @AuthenticationPrincipal TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return save(null, null, fields, user, locale, model, response, redirect);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, Locale locale, Model model) {
		ProjectView project = projects.project(id, user, locale.getLanguage());
		Form form = Form.empty()
			.put("code", project.code())
			.putNames("names", project.names())
			.put("summary", project.summary())
			.put("isPublic", project.isPublic());
		for (int i = 0; i < project.subProjects().size(); i++) {
			ProjectView.SubProject sub = project.subProjects().get(i);
			String at = "subProjects[" + i + "].";
			form.put(at + "partner", sub.partnerCode())
				.putNames(at + "names", sub.names())
				.put(at + "status", sub.status())
				.put(at + "notes", sub.notes())
				.put(at + "milestones",
						String.join("\n",
								sub.milestones()
									.stream()
									.map(m -> m.date() == null ? m.description() : m.date() + " | " + m.description())
									.toList()));
		}
		return form(form, project, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return save(id, projects.project(id, user, locale.getLanguage()), fields, user, locale, model, response,
				redirect);
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @AuthenticationPrincipal TwinportUser user, RedirectAttributes redirect) {
		projects.archive(id, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/projects";
	}

	private String save(Long id, ProjectView project, MultiValueMap<String, String> fields, TwinportUser user,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Form form = Form.of(fields);
		try {
			projects.save(id, draft(form), user, locale.getLanguage());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/manage/projects";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form.reject(ex, problems.say(ex, locale)), project, locale, model);
		}
	}

	private static ProjectDraft draft(Form form) {
		int rows = form.compactRows("subProjects");
		List<ProjectDraft.SubProject> subProjects = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String at = "subProjects[" + i + "].";
			subProjects.add(new ProjectDraft.SubProject(form.text(at + "partner"), form.names(at + "names"),
					form.choice(at + "status", ProjectDraft.Status.class), form.text(at + "notes"),
					milestones(form.text(at + "milestones"))));
		}
		return new ProjectDraft(form.text("code"), form.names("names"), form.text("summary"), form.checked("isPublic"),
				subProjects);
	}

	/**
	 * One per line, {@code 2021-10 | Ground broken}; a line without a date is a milestone
	 * whose date is unknown.
	 */
	private static List<ProjectDraft.Milestone> milestones(String text) {
		List<ProjectDraft.Milestone> milestones = new ArrayList<>();
		if (text == null) {
			return milestones;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int bar = line.indexOf('|');
			String date = bar < 0 ? null : line.substring(0, bar).strip();
			String description = (bar < 0 ? line : line.substring(bar + 1)).strip();
			milestones.add(new ProjectDraft.Milestone(date == null || date.isEmpty() ? null : date, description));
		}
		return milestones;
	}

	private String form(Form form, ProjectView project, Locale locale, Model model) {
		model.addAttribute("form", form.labelled(LABELS));
		model.addAttribute("project", project);
		model.addAttribute("statuses", List.of(ProjectDraft.Status.values()));
		model.addAttribute("subProjectRows", form.rowCount("subProjects") + SPARE_ROWS);
		model.addAttribute("places", choices.places(locale));
		return "exchange/project-form";
	}

}
