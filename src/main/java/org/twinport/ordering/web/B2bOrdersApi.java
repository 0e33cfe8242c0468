package org.twinport.ordering.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.B2bOrderView;
import org.twinport.ordering.B2bOrders;

@Tag(name = "Orders and payments")
@RestController
@RequestMapping("/api/v1/orders/b2b")
@PreAuthorize("hasAnyRole('BUYER', 'MERCHANT', 'ADMIN')")
class B2bOrdersApi {

	private final B2bOrders orders;

	B2bOrdersApi(B2bOrders orders) {
		this.orders = orders;
	}

	@Operation(summary = "B2B orders from accepted matchmaking quotes, seen by both companies and ADMIN; newest first",
			description = "Each carries the quote's incoterm; no consumer tax (VAT/GST) is collected at checkout. "
					+ "importEstimate holds the import duty, taxes and fees estimated by the landed-cost rules for "
					+ "the destination (lines marked estimate), paid by importPaidBy: SELLER under DDP, else BUYER "
					+ "at the border.")
	@GetMapping
	List<B2bOrderView> list(@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal TwinportUser user) {
		return orders.b2bOrders(user, limit);
	}

	@Operation(summary = "One B2B order, for either company or ADMIN")
	@GetMapping("/{id}")
	B2bOrderView one(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return orders.b2bOrder(user, id);
	}

}
