package org.twinport.exchange.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.exchange.DonationTotals;
import org.twinport.exchange.DonationTotals.ItemTotal;
import org.twinport.network.FiguresContributor;

/**
 * The office's donation figures: public, not archived donations by item, direction and
 * recipient country.
 */
@Component
class DonationFigures implements FiguresContributor {

	private final JdbcClient jdbc;

	DonationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "donations";
	}

	@Override
	public Object figures(String lang) {
		List<ItemTotal> byItem = jdbc
			.sql("""
					select lower(i.item) as item, d.direction, i.unit, count(distinct d.id) as donations, sum(i.quantity) as quantity,
					       count(*) filter (where i.quantity is null) as unknown
					from exchange.donation d join exchange.donation_item i on i.donation_id = d.id
					where d.public and not d.archived group by lower(i.item), d.direction, i.unit order by donations desc, item
					""")
			.query((rs, n) -> new ItemTotal(rs.getString("item"), rs.getString("direction"), rs.getString("unit"),
					rs.getLong("donations"), rs.getBigDecimal("quantity"), rs.getLong("unknown")))
			.list();
		return new DonationTotals(byItem, counts("direction"), counts("coalesce(recipient_country, '??')"));
	}

	/** {@code column} is one of the two expressions above, never user input. */
	private Map<String, Long> counts(String column) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select " + column + " as k, count(*) as n from exchange.donation where public and not archived "
				+ "group by 1 order by n desc, k")
			.query((rs, n) -> counts.put(rs.getString("k"), rs.getLong("n")))
			.list();
		return counts;
	}

}
