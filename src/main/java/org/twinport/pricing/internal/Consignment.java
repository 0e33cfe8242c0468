package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.twinport.pricing.ExchangeRates;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.internal.RuleDocument.Compares;
import org.twinport.pricing.internal.RuleDocument.ValueBasis;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;

import static org.twinport.pricing.internal.LandedCostEngine.MC;

/**
 * The goods, converted and rounded, with the values that thresholds are compared
 * against.
 */
record Consignment(List<Money> itemValues, Money goods, Money shipping, Money insurance, Money customsValue,
		BigDecimal weightKg, BigDecimal valuation) {

	static Consignment of(QuoteRequest request, MarketRules market, ExchangeRates fx, BigDecimal valuation) {
		String currency = market.currency();
		List<Money> values = new ArrayList<>();
		Money goods = Money.zero(currency);
		BigDecimal weight = BigDecimal.ZERO;
		for (int i = 0; i < request.items().size(); i++) {
			QuoteRequest.Item item = request.items().get(i);
			validate(item, i);
			Money value = fx.convert(item.unitPrice(), currency)
				.times(BigDecimal.valueOf(item.quantity()))
				.rounded();
			values.add(value);
			goods = goods.plus(value);
			weight = weight.add(item.weightKg().multiply(BigDecimal.valueOf(item.quantity())));
		}
		Money shipping = amount(request.shipping(), "shipping", fx, currency);
		Money insurance = amount(request.insurance(), "insurance", fx, currency);
		Money valued = goods.times(valuation).rounded();
		Money customs = market.customsValue() == ValueBasis.CIF ? valued.plus(shipping).plus(insurance) : valued;
		return new Consignment(List.copyOf(values), goods, shipping, insurance, customs, weight, valuation);
	}

	/** The price of an item as customs values it. */
	Money valued(int item) {
		return itemValues.get(item).times(valuation);
	}

	Money transport() {
		return shipping.plus(insurance);
	}

	Money value(Compares compares) {
		return switch (compares) {
			case INTRINSIC -> goods;
			case CONSIGNMENT -> goods.plus(transport());
			case CUSTOMS_VALUE -> customsValue;
		};
	}

	/**
	 * The item's share of an amount spread over the consignment by value (unrounded).
	 */
	Money share(int item, Money amount) {
		if (goods.amount().signum() == 0) {
			return new Money(amount.amount().divide(BigDecimal.valueOf(itemValues.size()), MC), amount.currency());
		}
		return new Money(amount.amount().multiply(itemValues.get(item).amount(), MC).divide(goods.amount(), MC),
				amount.currency());
	}

	private static Money amount(Money money, String field, ExchangeRates fx, String currency) {
		if (money == null) {
			return Money.zero(currency);
		}
		if (money.isNegative()) {
			throw new InvalidInputException(field, Reason.of("problem.negative"));
		}
		return fx.convert(money, currency).rounded();
	}

	private static void validate(QuoteRequest.Item item, int index) {
		int chapter = Integer.parseInt(item.hsCode().substring(0, 2));
		if (chapter < 1 || chapter > 97 || chapter == 77) {
			throw new InvalidInputException("items[" + index + "].hsCode",
					Reason.of("pricing.problem.noChapter", item.hsCode().substring(0, 2)));
		}
		if (item.unitPrice().isNegative()) {
			throw new InvalidInputException("items[" + index + "].unitPrice", Reason.of("problem.negative"));
		}
	}
}
