package org.twinport.ordering.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.MerchantManagement;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.ordering.MerchantShipping;
import org.twinport.ordering.ShippingZone;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/**
 * Merchants' shipping zones and rates: who may edit whose, and what a zone must hold. The
 * rows are kept by {@link ShippingZoneStore}; {@link ShippingProfiles} prices consignments
 * from them.
 */
@Service
class MerchantShippingService implements MerchantShipping {

	static final int MAX_RATES = 40;

	static final int MAX_WEIGHT_GRAMS = 1_000_000;

	private final ShippingZoneStore zones;

	private final Markets markets;

	private final MerchantManagement merchants;

	private final FxRates fx;

	MerchantShippingService(ShippingZoneStore zones, Markets markets, MerchantManagement merchants, FxRates fx) {
		this.zones = zones;
		this.markets = markets;
		this.merchants = merchants;
		this.fx = fx;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShippingZone> zones(TwinportUser actor, Long merchantId) {
		return zones.of(merchant(actor, merchantId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShippingZone> defaults() {
		return zones.of(null);
	}

	@Override
	@Transactional
	public ShippingZone save(TwinportUser actor, Long merchantId, ShippingZone zone) {
		long merchant = merchant(actor, merchantId);
		ShippingZone checked = checked(zone);
		zones.replace(merchant, checked);
		return zones.of(merchant).stream().filter(z -> z.code().equals(checked.code())).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	public void delete(TwinportUser actor, Long merchantId, String code) {
		long merchant = merchant(actor, merchantId);
		if (!zones.delete(merchant, code)) {
			throw new NotFoundException(Reason.of("ordering.problem.noShippingZone", code));
		}
	}

	private long merchant(TwinportUser actor, Long merchantId) {
		if (actor.is(Role.MERCHANT) && actor.companyId() != null) {
			if (merchantId != null && !merchantId.equals(actor.companyId())) {
				throw new AccessDeniedException("A merchant edits only its own shipping profile");
			}
			return actor.companyId();
		}
		if (actor.is(Role.ADMIN)) {
			if (merchantId == null) {
				throw new InvalidInputException("merchantId", Reason.of("ordering.problem.merchantForAdmin"));
			}
			try {
				merchants.merchant(merchantId);
			}
			catch (RuntimeException ex) {
				throw new NotFoundException(Reason.of("ordering.problem.noMerchant", String.valueOf(merchantId)));
			}
			return merchantId;
		}
		throw new AccessDeniedException("Only a merchant or ADMIN edits shipping profiles");
	}

	private ShippingZone checked(ShippingZone zone) {
		if (zone == null) {
			throw new InvalidInputException("code", Reason.of("problem.required"));
		}
		String code = zone.code() == null ? "" : zone.code().strip().toLowerCase(Locale.ROOT);
		if (!code.matches("^[a-z0-9][a-z0-9-]{0,39}$")) {
			throw new InvalidInputException("code", Reason.of("ordering.problem.zoneCode"));
		}
		if (zone.countries() == null || zone.countries().isEmpty()) {
			throw new InvalidInputException("countries", Reason.of("ordering.problem.zoneCountries"));
		}
		Set<String> countries = new java.util.LinkedHashSet<>();
		for (int i = 0; i < zone.countries().size(); i++) {
			String country = zone.countries().get(i) == null ? null
					: zone.countries().get(i).strip().toUpperCase(Locale.ROOT);
			markets.market(country, "countries[" + i + "]");
			countries.add(country);
		}
		if (zone.rates() == null || zone.rates().isEmpty()) {
			throw new InvalidInputException("rates", Reason.of("ordering.problem.ratesAtLeastOne"));
		}
		if (zone.rates().size() > MAX_RATES) {
			throw new InvalidInputException("rates", Reason.of("ordering.problem.ratesAtMost", MAX_RATES));
		}
		Set<String> brackets = new HashSet<>();
		Set<String> known = fx.latest().map(set -> set.perEur().keySet()).orElse(Set.of());
		List<ShippingZone.Rate> rates = new ArrayList<>();
		for (int i = 0; i < zone.rates().size(); i++) {
			ShippingZone.Rate rate = zone.rates().get(i);
			String at = "rates[" + i + "].";
			if (rate == null) {
				throw new InvalidInputException("rates[" + i + "]", Reason.of("problem.required"));
			}
			String service = rate.service() == null ? "" : rate.service().strip().toUpperCase(Locale.ROOT);
			if (!service.equals("POSTAL") && !service.equals("EXPRESS")) {
				throw new InvalidInputException(at + "service", Reason.of("ordering.problem.shippingService"));
			}
			if (rate.maxWeightGrams() == null || rate.maxWeightGrams() < 1
					|| rate.maxWeightGrams() > MAX_WEIGHT_GRAMS) {
				throw new InvalidInputException(at + "maxWeightGrams", Reason.of("ordering.problem.maxWeight", MAX_WEIGHT_GRAMS));
			}
			if (!brackets.add(service + "/" + rate.maxWeightGrams())) {
				throw new InvalidInputException(at + "maxWeightGrams",
						Reason.of("ordering.problem.repeatedBracket", service, rate.maxWeightGrams()));
			}
			Money price = rate.price();
			if (price == null) {
				throw new InvalidInputException(at + "price", Reason.of("problem.required"));
			}
			if (price.isNegative()) {
				throw new InvalidInputException(at + "price.amount", Reason.of("ordering.problem.notNegative"));
			}
			if (price.amount().stripTrailingZeros().scale() > Money.minorUnits(price.currency())) {
				throw new InvalidInputException(at + "price.amount",
						Reason.of("ordering.problem.decimals", price.currency()));
			}
			if (!price.currency().equals("EUR") && !known.contains(price.currency())) {
				throw new InvalidInputException(at + "price.currency",
						Reason.of("ordering.problem.noExchangeRate", String.join(", ", new java.util.TreeSet<>(known))));
			}
			if (rate.transitMinDays() == null || rate.transitMinDays() < 0 || rate.transitMinDays() > 120) {
				throw new InvalidInputException(at + "transitMinDays", Reason.of("ordering.problem.transitDays"));
			}
			if (rate.transitMaxDays() == null || rate.transitMaxDays() < rate.transitMinDays()
					|| rate.transitMaxDays() > 120) {
				throw new InvalidInputException(at + "transitMaxDays",
						Reason.of("ordering.problem.transitMaxDays"));
			}
			rates.add(new ShippingZone.Rate(service, rate.maxWeightGrams(), price, rate.transitMinDays(),
					rate.transitMaxDays()));
		}
		return new ShippingZone(code, List.copyOf(countries), rates);
	}

}
