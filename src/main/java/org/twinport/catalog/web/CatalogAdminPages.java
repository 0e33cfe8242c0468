package org.twinport.catalog.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.catalog.Categories;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.Verification;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LocalizedText;
import org.twinport.shared.web.Form;
import org.twinport.shared.web.Refusals;
import org.twinport.shared.Reason;

/**
 * ADMIN's catalog pages: merchants' verification, the category tree with names per
 * language, and FX reference-rate sets.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CatalogAdminPages {

	private static final long MAX_CSV_BYTES = 5L * 1024 * 1024;

	private final MerchantManagement merchants;

	private final Categories categories;

	private final FxRates rates;

	private final Refusals refusals;

	CatalogAdminPages(MerchantManagement merchants, Categories categories, FxRates rates, Refusals refusals) {
		this.refusals = refusals;
		this.merchants = merchants;
		this.categories = categories;
		this.rates = rates;
	}

	/** A category with its depth in the tree and its name in the reader's language. */
	record TreeRow(Categories.Category category, int depth, String name) {
	}

	@GetMapping("/manage/merchants")
	String merchants(Model model) {
		model.addAttribute("merchants", merchants.merchants());
		model.addAttribute("verifications", List.of(Verification.values()));
		return "catalog/admin-merchants";
	}

	@PostMapping("/manage/merchants/{id}/verification")
	String verify(@PathVariable long id, @RequestParam(required = false) String verification,
			RedirectAttributes redirect) {
		Verification status;
		try {
			status = Verification.valueOf(verification == null ? "" : verification);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("verification", Reason.of("catalog.problem.verification"));
		}
		merchants.changeVerification(id, status);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/merchants";
	}

	@GetMapping("/manage/categories")
	String categories(@RequestParam(required = false) String code, Locale locale, Model model) {
		Form form = Form.empty();
		categories.all().stream().filter(c -> c.code().equals(code)).findFirst().ifPresent(c -> {
			form.put("code", c.code()).put("parentCode", c.parentCode()).putNames("names", c.names());
		});
		return categoryPage(form, locale, model);
	}

	@PostMapping("/manage/categories")
	String defineCategory(@RequestParam MultiValueMap<String, String> fields, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Form form = Form.of(fields);
		try {
			categories.define(form.text("code"), form.text("parentCode"), form.names("names"));
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return categoryPage(form.reject("names".equals(ex.field()) ? ex.about("names.en") : ex,
					refusals.say(ex, locale)), locale, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/categories";
	}

	@GetMapping("/manage/fx")
	String rateSets(Model model) {
		return fxPage(Form.empty().put("source", "ECB euro foreign exchange reference rates"), model);
	}

	@PostMapping("/manage/fx")
	String importRates(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam MultiValueMap<String, String> fields, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Form form = Form.of(fields);
		try {
			if (file == null || file.isEmpty() || file.getSize() > MAX_CSV_BYTES) {
				throw new InvalidInputException("file", Reason.of("catalog.problem.fxFile"));
			}
			List<FxRates.RateSet> imported = rates.importEcbCsv(
					new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), form.text("source"),
					form.checked("demo"));
			redirect.addFlashAttribute("imported", imported.size());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			// the file's own errors (bad header, line n) belong beside the file field
			return fxPage(
					form.reject("source".equals(ex.field()) ? ex : ex.about("file"), refusals.say(ex, locale)),
					model);
		}
		return "redirect:/manage/fx";
	}

	private String categoryPage(Form form, Locale locale, Model model) {
		List<Categories.Category> all = categories.all();
		Map<String, List<Categories.Category>> children = new HashMap<>();
		all.forEach(c -> children.computeIfAbsent(c.parentCode() == null ? "" : c.parentCode(), k -> new ArrayList<>())
			.add(c));
		List<TreeRow> tree = new ArrayList<>();
		walk(children, "", 0, locale.getLanguage(), tree);
		Map<String, String> parents = new java.util.LinkedHashMap<>();
		tree.forEach(row -> parents.put(row.category().code(), "— ".repeat(row.depth()) + row.name()));
		model.addAttribute("form", form);
		model.addAttribute("tree", tree);
		model.addAttribute("parents", parents);
		return "catalog/admin-categories";
	}

	private static void walk(Map<String, List<Categories.Category>> children, String parent, int depth, String lang,
			List<TreeRow> out) {
		for (Categories.Category category : children.getOrDefault(parent, List.of())) {
			out.add(new TreeRow(category, depth,
					new LocalizedText(category.names(), "en").in(lang).orElse(category.code())));
			if (depth < 20) {
				walk(children, category.code(), depth + 1, lang, out);
			}
		}
	}

	private String fxPage(Form form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sets", rates.sets());
		return "catalog/admin-fx";
	}

}
