package org.twinport.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.catalog.Verification;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Tag(name = "Catalog: merchants")
@RestController
@RequestMapping("/api/v1/catalog/merchants")
class MerchantsApi {

	private final MerchantManagement merchants;

	MerchantsApi(MerchantManagement merchants) {
		this.merchants = merchants;
	}

	record VerificationChange(@NotNull(message = "{problem.required}") Verification verification) {
	}

	record NewWarehouse(@NotBlank(message = "{problem.required}") String code, @NotBlank(message = "{problem.required}") String kind,
			@NotBlank(message = "{problem.required}") String countryCode) {
	}

	@Operation(summary = "All merchants (ADMIN)")
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping
	List<MerchantView> all() {
		return merchants.merchants();
	}

	@Operation(summary = "One merchant: ADMIN any, a merchant its own")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
	@GetMapping("/{id}")
	MerchantView one(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return merchants.merchant(owned(id, user));
	}

	@Operation(summary = "Verify, suspend or set back to pending (ADMIN)")
	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/{id}/verification")
	MerchantView verify(@PathVariable long id, @Valid @RequestBody VerificationChange change) {
		return merchants.changeVerification(id, change.verification());
	}

	@Operation(summary = "Add a warehouse (DOMESTIC, BONDED or OVERSEAS)")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
	@PostMapping("/{id}/warehouses")
	@ResponseStatus(HttpStatus.CREATED)
	MerchantView.Warehouse addWarehouse(@PathVariable long id, @Valid @RequestBody NewWarehouse warehouse,
			@AuthenticationPrincipal TwinportUser user) {
		return merchants.addWarehouse(owned(id, user), warehouse.code(), warehouse.kind(), warehouse.countryCode());
	}

	private static long owned(long id, TwinportUser user) {
		Long scope = MerchantScope.of(user);
		if (scope != null && scope != id) {
			throw new NotFoundException(Reason.of("catalog.problem.noMerchant"));
		}
		return id;
	}

}
