package org.twinport.ordering.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.MerchantShipping;
import org.twinport.ordering.ShippingZone;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Tag(name = "Shipping profiles")
@RestController
@RequestMapping("/api/v1/shipping")
@PreAuthorize("hasAnyRole('MERCHANT', 'ADMIN')")
class ShippingApi {

	private final MerchantShipping shipping;

	ShippingApi(MerchantShipping shipping) {
		this.shipping = shipping;
	}

	record Zone(List<String> countries, List<ShippingZone.Rate> rates) {
	}

	@Operation(summary = "The merchant's shipping zones (a merchant its own; ADMIN names merchantId)")
	@GetMapping("/zones")
	List<ShippingZone> zones(@RequestParam(required = false) Long merchantId,
			@AuthenticationPrincipal TwinportUser user) {
		return shipping.zones(user, merchantId);
	}

	@Operation(summary = "The platform's default zones, used where a merchant has no zone for a country")
	@GetMapping("/defaults")
	List<ShippingZone> defaults() {
		return shipping.defaults();
	}

	@Operation(summary = "Create or replace one zone: destination countries and rates per service and weight bracket")
	@PutMapping("/zones/{code}")
	ShippingZone save(@PathVariable String code, @RequestParam(required = false) Long merchantId,
			@RequestBody(required = false) Zone body, @AuthenticationPrincipal TwinportUser user) {
		if (body == null) {
			throw new InvalidInputException("countries", Reason.of("problem.required"));
		}
		return shipping.save(user, merchantId, new ShippingZone(code, body.countries(), body.rates()));
	}

	@DeleteMapping("/zones/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String code, @RequestParam(required = false) Long merchantId,
			@AuthenticationPrincipal TwinportUser user) {
		shipping.delete(user, merchantId, code);
	}

}
