package org.twinport.ordering.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.Offers;
import org.twinport.ordering.CartView;
import org.twinport.ordering.OrderView;
import org.twinport.ordering.internal.Markets;
import org.twinport.shared.Money;

/**
 * A cart's prices in the one currency the buyer pays in: merchants price in their own
 * currency, so each unit price is converted with the latest rate set, the one a review
 * quotes with. Where no rate converts a price, it stays in its own currency and the cart
 * has no subtotal rather than a sum of two currencies.
 */
@Component
class CartPrices {

	private final FxRates rates;

	private final Markets markets;

	private final Offers offers;

	CartPrices(FxRates rates, Markets markets, Offers offers) {
		this.rates = rates;
		this.markets = markets;
		this.offers = offers;
	}

	/**
	 * @param unitPrices per variant id, in {@code currency}
	 * @param subtotal null when a price could not be converted or nothing is priced
	 */
	public record Priced(String currency, Map<Long, Money> unitPrices, Map<Long, Money> lineTotals, int count,
			Money subtotal) {

		public CartBadge badge() {
			return new CartBadge(count, subtotal == null ? null : subtotal.toString());
		}

	}

	Priced of(CartView cart) {
		Map<Long, Money> unitPrices = new LinkedHashMap<>();
		Map<Long, Integer> quantities = new LinkedHashMap<>();
		cart.lines().forEach(line -> {
			quantities.put(line.variantId(), line.quantity());
			if (line.unitPrice() != null) {
				unitPrices.put(line.variantId(), line.unitPrice());
			}
		});
		String currency = cart.currency() != null ? cart.currency() : markets.currency(cart.market());
		return priced(currency, unitPrices, quantities);
	}

	/** A visitor's cart kept in the browser, priced for the market the visitor chose. */
	Priced of(Map<Long, Integer> lines, String market, String currency) {
		Map<Long, Money> unitPrices = new LinkedHashMap<>();
		offers.offers(lines.keySet(), market).forEach((variant, offer) -> {
			if (offer.unitPrice() != null) {
				unitPrices.put(variant, offer.unitPrice());
			}
		});
		return priced(currency != null ? currency : markets.currency(market), unitPrices, lines);
	}

	private Priced priced(String currency, Map<Long, Money> prices, Map<Long, Integer> quantities) {
		Map<Long, Money> unitPrices = new LinkedHashMap<>();
		Map<Long, Money> lineTotals = new LinkedHashMap<>();
		boolean oneCurrency = currency != null;
		for (Map.Entry<Long, Money> price : prices.entrySet()) {
			Money shown = currency == null ? price.getValue() : converted(price.getValue(), currency);
			oneCurrency &= shown.currency().equals(currency);
			unitPrices.put(price.getKey(), shown);
			lineTotals.put(price.getKey(),
					shown.times(BigDecimal.valueOf(quantities.getOrDefault(price.getKey(), 0))).rounded());
		}
		Money subtotal = null;
		if (oneCurrency && !lineTotals.isEmpty()) {
			subtotal = lineTotals.values().stream().reduce(Money::plus).orElseThrow();
		}
		int count = quantities.values().stream().mapToInt(Integer::intValue).sum();
		return new Priced(currency, unitPrices, lineTotals, count, subtotal);
	}

	/**
	 * An order's unit prices in the currency its total is in, converted with the rate set
	 * its quote used (the latest where that set is gone), per line index.
	 */
	List<Money> unitPrices(OrderView order) {
		String currency = order.total().currency();
		FxRates.RateSet set = rates.sets()
			.stream()
			.filter(candidate -> String.valueOf(candidate.id()).equals(order.fxRateSetId()))
			.findFirst()
			.or(rates::latest)
			.orElse(null);
		return order.lines().stream().map(line -> converted(line.unitPrice(), currency, set)).toList();
	}

	private static Money converted(Money price, String currency, FxRates.RateSet set) {
		if (price.currency().equals(currency)) {
			return price.rounded();
		}
		BigDecimal from = set == null ? null : perEur(set, price.currency());
		BigDecimal to = set == null ? null : perEur(set, currency);
		if (from == null || to == null) {
			return price.rounded();
		}
		return new Money(price.amount().multiply(to).divide(from, MathContext.DECIMAL64), currency).rounded();
	}

	private static BigDecimal perEur(FxRates.RateSet set, String currency) {
		return "EUR".equals(currency) ? set.perEur().getOrDefault("EUR", BigDecimal.ONE) : set.perEur().get(currency);
	}

	private Money converted(Money price, String currency) {
		try {
			return rates.convert(price, currency);
		}
		catch (RuntimeException noRate) {
			return price.rounded();
		}
	}

}
