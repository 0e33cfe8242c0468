package org.twinport.ordering.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.twinport.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change of a cart, allowed and refused, without Spring or a database. */
class CartTest {

	private static Cart cart(Map<Long, Integer> lines) {
		return new Cart(1, "FI", "EUR", 4, new LinkedHashMap<>(lines), Map.of());
	}

	@Test
	void addingUnitsAddsToTheLineAndMovesTheVersionOn() {
		Cart cart = cart(Map.of(10L, 2));

		assertThat(cart.add(10, 3)).isEqualTo(new Cart.LineChanged(10, 5));
		assertThat(cart.quantities()).containsEntry(10L, 5);
		assertThat(cart.version()).isEqualTo(5);
	}

	@Test
	void aNewLineGoesLast() {
		Cart cart = cart(new LinkedHashMap<>(Map.of(10L, 2)));

		cart.add(11, 1);

		assertThat(cart.quantities().keySet()).containsExactly(10L, 11L);
	}

	@Test
	void aLineHoldsAtMostTheLargestQuantity() {
		Cart cart = cart(Map.of(10L, 90));

		assertThat(cart.add(10, 9).quantity()).isEqualTo(Cart.MAX_QUANTITY);
		assertThatThrownBy(() -> cart.add(10, 1)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
			assertThat(ex.field()).isEqualTo("quantity");
			assertThat(ex.reason().code()).isEqualTo("ordering.problem.quantityOverMaximum");
			assertThat(ex.reason().args()).containsExactly(Cart.MAX_QUANTITY);
		});
		assertThat(cart.quantities()).containsEntry(10L, 99);
		assertThat(cart.version()).as("a refused change leaves the version").isEqualTo(5);
	}

	@Test
	void quantitiesOutsideOneToTheLargestAreRefused() {
		Cart cart = cart(Map.of());

		assertThatThrownBy(() -> cart.add(10, 0)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.reason().code()).isEqualTo("ordering.problem.quantityAtLeastOne"));
		assertThatThrownBy(() -> cart.set(10, 100)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.reason().code()).isEqualTo("ordering.problem.quantityAtMost"));
		assertThat(cart.version()).isEqualTo(4);
	}

	@Test
	void settingReplacesTheQuantityAndRemovingDropsTheLine() {
		Cart cart = cart(Map.of(10L, 2, 11L, 1));

		assertThat(cart.set(10, 7)).isEqualTo(new Cart.LineChanged(10, 7));
		cart.remove(11);

		assertThat(cart.quantities()).containsExactly(Map.entry(10L, 7));
		assertThat(cart.version()).isEqualTo(6);
	}

	@Test
	void shippingIsPostalOrExpress() {
		Cart cart = cart(Map.of());

		cart.chooseShipping(3, "EXPRESS");

		assertThat(cart.shipping()).containsEntry(3L, "EXPRESS");
		assertThatThrownBy(() -> cart.chooseShipping(3, "PIGEON")).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("service"));
		assertThat(cart.shipping()).containsEntry(3L, "EXPRESS");
	}

	@Test
	void choosingAMarketMovesTheVersionOn() {
		Cart cart = new Cart(1, null, null, 0, Map.of(), Map.of());

		cart.choose("JP", "JPY");

		assertThat(cart.market()).isEqualTo("JP");
		assertThat(cart.currency()).isEqualTo("JPY");
		assertThat(cart.version()).isEqualTo(1);
	}

	@Test
	void aMergedCartAddsKnownVariantsCappedAtTheLargestQuantity() {
		Cart cart = cart(Map.of(10L, 60));
		Map<Long, Integer> anonymous = new LinkedHashMap<>();
		anonymous.put(10L, 50);
		anonymous.put(11L, 500);
		anonymous.put(12L, 3);
		anonymous.put(13L, 0);

		List<Cart.LineChanged> changed = cart.merge(anonymous, Set.of(10L, 11L, 13L));

		assertThat(changed).containsExactly(new Cart.LineChanged(10, 99), new Cart.LineChanged(11, 99));
		assertThat(cart.quantities()).doesNotContainKeys(12L, 13L);
		assertThat(cart.version()).isEqualTo(5);
	}

}
