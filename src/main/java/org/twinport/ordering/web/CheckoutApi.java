package org.twinport.ordering.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Address;
import org.twinport.ordering.Checkout;
import org.twinport.ordering.CheckoutResult;
import org.twinport.ordering.Review;
import org.twinport.pricing.Quote;
import org.twinport.shared.StateConflictException;
import org.twinport.pricing.QuoteRequest;
import org.twinport.shared.Reason;

@Tag(name = "Checkout")
@RestController
@RequestMapping("/api/v1/checkout")
@PreAuthorize("hasRole('BUYER')")
class CheckoutApi {

	private final Checkout checkout;

	CheckoutApi(Checkout checkout) {
		this.checkout = checkout;
	}

	/** @param buyer a business buyer with its tax number; null or CONSUMER for a consumer */
	record ReviewRequest(Address address, QuoteRequest.Buyer buyer) {
	}

	record PlaceRequest(UUID reviewId) {
	}

	/**
	 * The review as the bytes it was stored as: the same document, written once instead of
	 * twice.
	 */
	@Operation(summary = "Review the cart: goods, shipping, duty and taxes per merchant with the rule behind each line")
	@ApiResponse(responseCode = "201", description = "The review",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Review.class)))
	@PostMapping("/reviews")
	ResponseEntity<byte[]> review(@RequestBody ReviewRequest body, @AuthenticationPrincipal TwinportUser buyer) {
		Checkout.Written written = checkout.reviewWritten(buyer, body.address(), body.buyer());
		Review review = written.review();
		if (!review.placeable()) {
			throw refused(review);
		}
		return ResponseEntity.created(URI.create("/api/v1/checkout/reviews/" + review.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(written.json());
	}

	/**
	 * The goods the review refuses, each named as the cart line it came from
	 * ({@code cart.lines[<variantId>]}) with the reason; a refusal of the whole
	 * consignment names the cart.
	 */
	private static StateConflictException refused(Review review) {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, String> messages = new LinkedHashMap<>();
		for (Review.Consignment consignment : review.consignments()) {
			for (Quote.Refusal refusal : consignment.quote().refusals()) {
				String field;
				if (refusal.item() == null) {
					field = "cart";
					labels.putIfAbsent(field, consignment.merchantName());
				}
				else {
					Review.Item item = consignment.items().get(refusal.item());
					field = "cart.lines[" + item.variantId() + "]";
					labels.putIfAbsent(field, item.sku() + " (" + item.title() + ")");
				}
				messages.merge(field, refusal.message(), (a, b) -> a + " " + b);
			}
		}
		Map<String, Reason> fields = new LinkedHashMap<>();
		messages.forEach((field, message) -> fields.put(field,
				Reason.of("review.refused.item", labels.get(field), message)));
		return new StateConflictException(Reason.of("review.refused.conflict", review.market()), fields);
	}

	@GetMapping("/reviews/{id}")
	Review review(@PathVariable UUID id, @AuthenticationPrincipal TwinportUser buyer) {
		return checkout.findReview(buyer, id);
	}

	@Operation(
			summary = "Place the reviewed cart: one order per merchant; the same Idempotency-Key returns the same orders")
	@PostMapping("/orders")
	ResponseEntity<CheckoutResult> place(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody PlaceRequest body, @AuthenticationPrincipal TwinportUser buyer) {
		CheckoutResult result = checkout.place(buyer, body.reviewId(), key);
		return result.replayed() ? ResponseEntity.ok(result)
				: ResponseEntity.created(URI.create("/api/v1/orders?checkout=" + result.reference())).body(result);
	}

}
