package org.twinport.ordering.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.DeliveryMarkets;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** The destination markets (ordering.market), small and fixed, so held in memory. */
@Component
public class Markets implements DeliveryMarkets {

	record Market(String country, String currency, List<String> accepted, Pattern postalCode, String postalExample,
			boolean regionRequired) {
	}

	private final JdbcClient jdbc;

	private volatile Map<String, Market> loaded;

	Markets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Read on first use rather than at start-up, when the migrations may not have run
	 * yet.
	 */
	private Map<String, Market> markets() {
		Map<String, Market> markets = loaded;
		if (markets == null) {
			markets = load();
			loaded = markets;
		}
		return markets;
	}

	private Map<String, Market> load() {
		return jdbc.sql("select * from ordering.market")
			.query((rs, n) -> new Market(rs.getString("country_code"), rs.getString("currency"),
					List.of((String[]) rs.getArray("accepted_currencies").getArray()),
					Pattern.compile(rs.getString("postal_code_pattern")), rs.getString("postal_code_example"),
					rs.getBoolean("region_required")))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Market::country, Function.identity()));
	}

	/** The countries we deliver to, sorted. */
	@Override
	public List<String> countries() {
		return markets().keySet().stream().sorted().toList();
	}

	/** The market's own currency, or null for a country we do not deliver to. */
	public String currency(String country) {
		Market market = country == null ? null : markets().get(country);
		return market == null ? null : market.currency();
	}

	/** The currencies the market accepts, its own first; empty for a country we do not deliver to. */
	public List<String> accepted(String country) {
		Market market = country == null ? null : markets().get(country);
		return market == null ? List.of() : market.accepted();
	}

	public boolean accepts(String country, String currency) {
		return currency != null && accepted(country).contains(currency);
	}

	Market market(String country, String field) {
		Map<String, Market> markets = markets();
		Market market = country == null ? null : markets.get(country);
		if (market == null) {
			throw new InvalidInputException(field, Reason.of("ordering.problem.market",
					String.join(", ", markets.keySet().stream().sorted().toList())));
		}
		return market;
	}

	/**
	 * @throws InvalidInputException naming {@code currency} when the market does not
	 * accept it
	 */
	Market checked(String country, String currency) {
		Market market = market(country, "market");
		if (currency == null || !market.accepted().contains(currency)) {
			throw new InvalidInputException("currency",
					Reason.of("ordering.problem.currencyOfMarket", country, String.join(", ", market.accepted())));
		}
		return market;
	}

}
