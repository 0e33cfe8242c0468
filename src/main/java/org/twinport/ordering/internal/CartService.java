package org.twinport.ordering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.Offers;
import org.twinport.catalog.Offers.Offer;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.CartView;
import org.twinport.ordering.Carts;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.LocalizedText;
import org.twinport.shared.Reason;

/**
 * Each buyer's {@link Cart}: loaded from {@link CartStore}, changed by its own rules, and
 * shown with the offers of its market.
 */
@Service
class CartService implements Carts {

	private final CartStore store;

	private final Offers offers;

	private final Markets markets;

	CartService(CartStore store, Offers offers, Markets markets) {
		this.store = store;
		this.offers = offers;
		this.markets = markets;
	}

	@Override
	@Transactional
	public CartView cart(TwinportUser buyer) {
		return view(store.lock(buyer.id()));
	}

	@Override
	public CartView current(TwinportUser buyer) {
		return snapshot(buyer.id()).cart();
	}

	@Override
	@Transactional
	public CartView choose(TwinportUser buyer, String market, String currency) {
		markets.checked(market, currency);
		Cart cart = store.lock(buyer.id());
		cart.choose(market, currency);
		store.saveChoice(cart);
		return view(cart);
	}

	/**
	 * One statement and the offers: the variant is checked against the offers the view
	 * reads anyway, and an unknown one rolls the whole change back.
	 */
	@Override
	@Transactional
	public CartView add(TwinportUser buyer, long variantId, int quantity) {
		Cart.checkQuantity(quantity);
		CartStore.Adding adding = store.add(buyer.id(), variantId, quantity, Cart.MAX_QUANTITY);
		Cart cart = adding.before();
		Cart.LineChanged added = cart.add(variantId, quantity);
		if (adding.written() == null || adding.written() != added.quantity()) {
			throw new IllegalStateException("The cart's line and the stored line disagree: " + added + " and "
					+ adding.written());
		}
		Map<Long, Offer> found = offersOf(cart);
		if (!found.containsKey(variantId)) {
			throw new InvalidInputException("variantId", Reason.of("ordering.problem.unknownVariant"));
		}
		return view(cart, found);
	}

	@Override
	@Transactional
	public CartView set(TwinportUser buyer, long variantId, int quantity) {
		Cart.checkQuantity(quantity);
		Cart cart = store.lock(buyer.id());
		if (offers.offers(List.of(variantId), "").isEmpty()) {
			throw new InvalidInputException("variantId", Reason.of("ordering.problem.unknownVariant"));
		}
		store.saveLine(cart, cart.set(variantId, quantity));
		return view(cart);
	}

	@Override
	@Transactional
	public CartView remove(TwinportUser buyer, long variantId) {
		Cart cart = store.lock(buyer.id());
		cart.remove(variantId);
		store.removeLine(cart, variantId);
		return view(cart);
	}

	@Override
	@Transactional
	public CartView chooseShipping(TwinportUser buyer, long merchantId, String service) {
		Cart cart = store.lock(buyer.id());
		cart.chooseShipping(merchantId, service);
		store.saveShipping(cart, merchantId);
		return view(cart);
	}

	@Override
	@Transactional
	public CartView merge(TwinportUser buyer, Map<Long, Integer> anonymous) {
		Cart cart = store.lock(buyer.id());
		Map<Long, Offer> known = offers.offers(anonymous.keySet(), "");
		store.saveLines(cart, cart.merge(anonymous, known.keySet()));
		return view(cart);
	}

	/**
	 * The buyer's cart as one snapshot, without creating or locking it, with the offers it
	 * was priced from: what a review needs. A change after this read moves the version on,
	 * which placing checks.
	 */
	Snapshot snapshot(long accountId) {
		Cart cart = store.snapshot(accountId);
		if (cart == null) {
			return new Snapshot(new CartView(null, null, 0, List.of(), Map.of()), Map.of());
		}
		Map<Long, Offer> found = offersOf(cart);
		return new Snapshot(view(cart, found), found);
	}

	/** A cart as read in one statement, and the offers its lines were priced from. */
	record Snapshot(CartView cart, Map<Long, Offer> offers) {
	}

	private Map<Long, Offer> offersOf(Cart cart) {
		return offers.offers(cart.quantities().keySet(), cart.market() == null ? "" : cart.market());
	}

	private CartView view(Cart cart) {
		return view(cart, offersOf(cart));
	}

	private static CartView view(Cart cart, Map<Long, Offer> found) {
		@Nullable String market = cart.market();
		List<CartView.Line> lines = new ArrayList<>();
		cart.quantities().forEach((variant, quantity) -> {
			Offer offer = found.get(variant);
			if (offer != null) {
				lines.add(new CartView.Line(variant, offer.variantSku(), title(offer, "en"), offer.merchantId(),
						quantity, market == null ? null : offer.unitPrice(), market != null && offer.sellable(),
						offer.titles()));
			}
		});
		return new CartView(market, cart.currency(), cart.version(), lines, new java.util.LinkedHashMap<>(cart.shipping()));
	}

	static String title(Offer offer, String lang) {
		return new LocalizedText(offer.titles(), offer.defaultLang()).in(lang).orElse(offer.variantSku());
	}

}
