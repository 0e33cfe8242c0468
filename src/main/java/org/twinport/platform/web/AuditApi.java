package org.twinport.platform.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.platform.AuditTrail;

@Tag(name = "Audit")
@RestController
class AuditApi {

	private final AuditTrail audit;

	AuditApi(AuditTrail audit) {
		this.audit = audit;
	}

	@Operation(summary = "Who changed what and when, newest first (staff only)")
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/api/v1/audit")
	List<AuditTrail.Entry> history(
			@RequestParam(required = false) @Pattern(regexp = "^[a-z][a-z_]{1,40}$",
					message = "must be an entity name such as partnership") String entity,
			@RequestParam(required = false) Long id,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = "must be between 1 and 500") @Max(value = 500,
					message = "must be between 1 and 500") int limit) {
		return audit.history(entity, id, limit);
	}

}
