package org.twinport.insight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.insight.FlowDirection;
import org.twinport.insight.MarketplaceFlows.Line;
import org.twinport.insight.MarketplaceFlows.OrderFlow;
import org.twinport.insight.TradeChannel;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkDirectory.PlaceNames;
import org.twinport.network.NetworkLookup;
import org.twinport.ordering.OrderGoods;
import org.twinport.ordering.OrderPaid;

/**
 * Reads a paid marketplace order as trade of the home city (see docs/insight-storage.md,
 * "Marketplace orders as trade flows"):
 * <ul>
 * <li>a merchant based in the home city (or one of its districts) selling to a buyer
 * abroad is an <b>export</b>; the partner is the buyer's destination country, and the
 * network place of the delivery city when it is one;</li>
 * <li>a merchant based abroad selling to a buyer in the home country is an <b>import</b>
 * (cleared through the city's cross-border e-commerce platform); the partner is the
 * merchant's country and its network place;</li>
 * <li>anything else (domestic sales, trade between two other countries) is not the home
 * city's trade and is not recorded.</li>
 * </ul>
 * Consumer orders are cross-border e-commerce retail: goods leaving a bonded warehouse
 * are 1210, all others 9610; B2B orders (from accepted quotes) are 9710 exports or
 * general trade imports. A line that leaves from an ordinary warehouse inside the buyer's
 * own country crosses no border and is left out.
 */
@Component
class OrderTrade {

	private final MerchantManagement merchants;

	private final NetworkDirectory network;

	private final NetworkLookup lookup;

	OrderTrade(MerchantManagement merchants, NetworkDirectory network, NetworkLookup lookup) {
		this.merchants = merchants;
		this.network = network;
		this.lookup = lookup;
	}

	/** The insight key of an ordering order. */
	static String orderKey(long orderId) {
		return "order-" + orderId;
	}

	/** The day an event happened in the home city's time zone (UTC when unknown). */
	LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, zone());
	}

	/** The flow to record, or empty when the order is not the home city's trade. */
	Optional<OrderFlow> flow(OrderPaid paid) {
		OrderGoods goods = paid.goods();
		List<String> homes = network.homePlaceCodes();
		if (goods == null || goods.lines().isEmpty() || homes.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, PlaceNames> places = network.places()
			.stream()
			.collect(Collectors.toMap(PlaceNames::id, Function.identity()));
		Map<String, PlaceNames> byCode = places.values()
			.stream()
			.collect(Collectors.toMap(PlaceNames::code, Function.identity()));
		String homeCountry = byCode.get(homes.get(0)).countryCode();
		MerchantView merchant = merchants.merchant(paid.merchantId());
		PlaceNames merchantPlace = places.get(merchant.homePlaceId());
		boolean merchantAtHome = merchantPlace != null && homes.contains(merchantPlace.code());
		String destination = goods.destinationCountry();
		FlowDirection flow;
		String partnerCountry;
		String partnerPlace;
		String reporter;
		if (merchantAtHome && !homeCountry.equals(destination)) {
			flow = FlowDirection.EXPORT;
			partnerCountry = destination;
			partnerPlace = city(places.values(), destination, goods.destinationCity(), homes);
			reporter = merchantPlace.code();
		}
		else if (!merchantAtHome && !homeCountry.equals(merchant.countryCode()) && homeCountry.equals(destination)) {
			flow = FlowDirection.IMPORT;
			partnerCountry = merchant.countryCode();
			partnerPlace = merchantPlace != null && merchantPlace.countryCode().equals(partnerCountry)
					? merchantPlace.code() : null;
			reporter = homes.get(0);
		}
		else {
			return Optional.empty();
		}
		Map<Long, MerchantView.Warehouse> warehouses = merchant.warehouses()
			.stream()
			.collect(Collectors.toMap(MerchantView.Warehouse::id, Function.identity()));
		List<Line> lines = new ArrayList<>();
		for (OrderGoods.Line line : goods.lines()) {
			MerchantView.Warehouse warehouse = line.warehouseId() == null ? null : warehouses.get(line.warehouseId());
			boolean bonded = warehouse != null && "BONDED".equals(warehouse.kind());
			if (warehouse != null && !bonded && destination.equals(warehouse.countryCode())) {
				continue;
			}
			String hs = line.hsCode().replaceAll("[^0-9]", "");
			lines.add(new Line(hs.substring(0, Math.min(6, hs.length())), channel(goods.b2b(), flow, bonded),
					line.value(), line.quantity(), line.unit()));
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new OrderFlow(orderKey(paid.orderId()), day(paid.occurredAt()), reporter, flow,
				partnerCountry, partnerPlace, lines));
	}

	/**
	 * Consumer orders are cross-border e-commerce retail: 1210 from a bonded warehouse,
	 * 9610 otherwise. A B2B order is a B2B e-commerce export (9710) or, as an import (the
	 * 9710/9810 codes are for exports), general trade.
	 */
	private static TradeChannel channel(boolean b2b, FlowDirection flow, boolean bonded) {
		if (b2b) {
			return flow == FlowDirection.EXPORT ? TradeChannel.B2B_9710 : TradeChannel.GENERAL;
		}
		return bonded ? TradeChannel.CBEC_1210 : TradeChannel.CBEC_9610;
	}

	/**
	 * The network place a delivery city names, in any of the place's languages; null when
	 * none.
	 */
	private static String city(java.util.Collection<PlaceNames> places, String country, String city,
			List<String> homes) {
		if (city == null || city.isBlank()) {
			return null;
		}
		String wanted = city.strip().toLowerCase(Locale.ROOT);
		return places.stream()
			.filter(p -> p.countryCode().equals(country) && !homes.contains(p.code()))
			.filter(p -> p.names().values().stream().anyMatch(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted)))
			.map(PlaceNames::code)
			.findFirst()
			.orElse(null);
	}

	private ZoneId zone() {
		List<String> homes = network.homePlaceCodes();
		return homes.isEmpty() ? ZoneOffset.UTC
				: lookup.place(homes.get(0), "en")
					.map(NetworkLookup.PlaceRef::timeZone)
					.filter(z -> z != null && !z.isBlank())
					.map(ZoneId::of)
					.orElse(ZoneOffset.UTC);
	}

}
