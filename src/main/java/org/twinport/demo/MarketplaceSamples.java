package org.twinport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.ProductManagement;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.Address;
import org.twinport.ordering.Carts;
import org.twinport.ordering.Checkout;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.Orders;
import org.twinport.ordering.Payments;
import org.twinport.shared.Money;

/**
 * Sample marketplace orders (demo/marketplace-orders.json), placed and paid by the demo
 * buyer through the ordering module's API like any buyer's, so that the marketplace trade
 * flows come from the ordering events as they do in production; one is half refunded.
 */
@Component
class MarketplaceSamples {

	private static final Logger log = LoggerFactory.getLogger(MarketplaceSamples.class);

	private final JsonMapper json;

	private final AccountManagement accounts;

	private final MerchantManagement merchants;

	private final ProductManagement products;

	private final Carts carts;

	private final Checkout checkout;

	private final Payments payments;

	private final Orders orders;

	MarketplaceSamples(JsonMapper json, AccountManagement accounts, MerchantManagement merchants,
			ProductManagement products, Carts carts, Checkout checkout, Payments payments, Orders orders) {
		this.json = json;
		this.accounts = accounts;
		this.merchants = merchants;
		this.products = products;
		this.carts = carts;
		this.checkout = checkout;
		this.payments = payments;
		this.orders = orders;
	}

	/**
	 * @return how many orders were placed and paid
	 */
	int load() {
		JsonNode samples;
		try (InputStream in = new ClassPathResource("demo/marketplace-orders.json").getInputStream()) {
			samples = json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TwinportUser buyer = accounts.findByUsername(samples.get("buyer").asString()).orElse(null);
		TwinportUser admin = accounts.findByUsername("admin").orElse(null);
		if (buyer == null || admin == null) {
			return 0;
		}
		Map<String, Long> variants = variantsBySku();
		int placed = 0;
		for (JsonNode sample : samples.get("orders")) {
			try {
				carts.choose(buyer, sample.get("market").asString(), sample.get("currency").asString());
				for (JsonNode line : sample.get("lines")) {
					Long variant = variants.get(line.get("sku").asString());
					if (variant != null) {
						carts.add(buyer, variant, line.get("quantity").asInt());
					}
				}
				var review = checkout.review(buyer, json.treeToValue(sample.get("address"), Address.class));
				var result = checkout.place(buyer, review.id(), "demo-sample-" + UUID.randomUUID());
				for (OrderView order : result.orders()) {
					payments.pay(buyer, order.id(), "test-card", Map.of("cardNumber", samples.get("card").asString()));
					placed++;
					if (sample.has("refundShare")) {
						BigDecimal share = new BigDecimal(sample.get("refundShare").asString());
						Money amount = new Money(
								order.total()
									.amount()
									.multiply(share)
									.setScale(Money.minorUnits(order.total().currency()), RoundingMode.DOWN),
								order.total().currency());
						orders.refund(admin, order.id(), amount, "Sample partial refund (demo)");
					}
				}
			}
			catch (RuntimeException ex) {
				// A sample that no longer fits the catalog or the rules is skipped, not
				// fatal.
				log.warn("Sample order to {} not placed: {}", sample.get("market").asString(), ex.getMessage());
			}
		}
		return placed;
	}

	private Map<String, Long> variantsBySku() {
		Map<String, Long> variants = new HashMap<>();
		merchants.merchants()
			.stream()
			.filter(m -> m.demo())
			.forEach(m -> products.products(m.id(), 0, 200)
				.items()
				.forEach(p -> p.variants().forEach(v -> variants.put(v.sku(), v.id()))));
		return variants;
	}

}
