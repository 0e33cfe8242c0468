package org.twinport.ordering.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.twinport.catalog.Offers;
import org.twinport.ordering.OrderView;

/**
 * The titles of order lines in the reader's language where the catalog has one. An order
 * keeps its lines' titles in English (else the product's own language); pages read
 * {@code titles.getOrDefault(line.variantId(), line.title())}.
 */
@Component
class OrderLineTitles {

	private final Offers offers;

	OrderLineTitles(Offers offers) {
		this.offers = offers;
	}

	/** By variant id, the titles that differ from what the orders keep. */
	Map<Long, String> of(Collection<OrderView> orders, Locale locale) {
		Set<Long> variants = orders.stream()
			.flatMap(order -> order.lines().stream())
			.map(OrderView.Line::variantId)
			.collect(Collectors.toSet());
		Map<Long, String> titles = new HashMap<>();
		if (variants.isEmpty()) {
			return titles;
		}
		String market = orders.iterator().next().market();
		offers.offers(variants, market).forEach((variant, offer) -> {
			String title = offer.titles().get(locale.getLanguage());
			if (title != null && !title.isBlank()) {
				titles.put(variant, title);
			}
		});
		return titles;
	}

}
