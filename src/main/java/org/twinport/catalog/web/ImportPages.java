package org.twinport.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.twinport.catalog.ProductImport;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class ImportPages {

	private static final long MAX_BYTES = 10L * 1024 * 1024;

	private final ProductImport imports;

	ImportPages(ProductImport imports) {
		this.imports = imports;
	}

	@PostMapping("/merchant/imports")
	String start(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long merchantId, @AuthenticationPrincipal TwinportUser user,
			Locale locale) throws IOException {
		if (file == null || file.isEmpty() || file.getSize() > MAX_BYTES) {
			throw new InvalidInputException("file", Reason.of("catalog.problem.importFile"));
		}
		Long scope = MerchantScope.of(user);
		Long owner = scope != null ? scope : merchantId;
		String id;
		try (java.io.InputStream csv = file.getInputStream()) {
			id = imports.start(owner, csv, locale).id();
		}
		return "redirect:/merchant/imports/" + id;
	}

	@GetMapping("/merchant/imports/{id}")
	String progress(@PathVariable String id, @AuthenticationPrincipal TwinportUser user, Model model) {
		model.addAttribute("job", imports.job(MerchantScope.of(user), id));
		return "catalog/import";
	}

	@GetMapping("/merchant/imports/{id}/errors")
	ResponseEntity<String> errors(@PathVariable String id, @AuthenticationPrincipal TwinportUser user) {
		return csv(imports.errors(MerchantScope.of(user), id), "import-errors.csv");
	}

	@GetMapping("/merchant/export")
	ResponseEntity<String> export(@RequestParam(required = false) Long merchantId,
			@AuthenticationPrincipal TwinportUser user) {
		Long scope = MerchantScope.of(user);
		if (scope == null && merchantId == null) {
			throw new InvalidInputException("merchantId", Reason.of("catalog.problem.merchantForAdmin"));
		}
		return csv(imports.export(scope != null ? scope : merchantId), "products.csv");
	}

	private static ResponseEntity<String> csv(String body, String name) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

}
