package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.twinport.insight.FlowDirection;
import org.twinport.insight.OfficialStatistics.Layout;
import org.twinport.insight.TradeChannel;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;

/**
 * Reads one row of each official-statistics layout into a flow before conversion; the
 * layouts are documented in docs/insight-csv.md.
 */
final class StatisticsLayouts {

	/**
	 * A row read from a file; {@code skip} says why a valid row is left out (null to keep
	 * it).
	 */
	record Parsed(YearMonth period, String reporter, String partnerCountry, String partnerPlace, FlowDirection flow,
			String hsCode, TradeChannel channel, BigDecimal value, String currency, BigDecimal quantity, String unit,
			String skip) {

		static Parsed skipped(String reason) {
			return new Parsed(null, null, null, null, null, null, null, null, null, null, null, reason);
		}
	}

	static final List<String> GENERIC_REQUIRED = List.of("period", "reporter", "partner_country", "flow", "hs_code",
			"value", "currency");

	static final List<String> COMTRADE_REQUIRED = List.of("refYear", "refMonth", "reporterISO", "partnerISO",
			"flowCode", "cmdCode", "primaryValue");

	private StatisticsLayouts() {
	}

	static void checkHeader(Layout layout, CsvLines csv) {
		for (String column : layout == Layout.GENERIC ? GENERIC_REQUIRED : COMTRADE_REQUIRED) {
			if (!csv.has(column)) {
				throw new InvalidInputException("csv", Reason.of("insight.problem.column", layout.name(), column));
			}
		}
	}

	/**
	 * @throws InvalidInputException whose message is the reason the row is refused
	 */
	static Parsed parse(Layout layout, CsvLines csv, List<String> cells) {
		return layout == Layout.GENERIC ? generic(csv, cells) : comtrade(csv, cells);
	}

	private static Parsed generic(CsvLines csv, List<String> cells) {
		YearMonth period = FlowRules.month(csv.cell(cells, "period"), "period");
		String reporter = required(csv.cell(cells, "reporter"), "reporter");
		String country = FlowRules.country(csv.cell(cells, "partner_country"), "partner_country");
		String place = csv.cell(cells, "partner_place");
		if (place != null && !place.matches("^[a-z0-9][a-z0-9-]{1,99}$")) {
			throw new InvalidInputException("partner_place", Reason.of("insight.problem.place"));
		}
		FlowDirection flow = flow(csv.cell(cells, "flow"));
		String hs = FlowRules.hsCode(csv.cell(cells, "hs_code"), "hs_code");
		String channelText = csv.cell(cells, "channel");
		TradeChannel channel = channelText == null ? TradeChannel.GENERAL : single(channelText);
		BigDecimal value = decimal(csv.cell(cells, "value"), "value");
		String currency = Money.checkedCurrency(required(csv.cell(cells, "currency"), "currency")).getCurrencyCode();
		String quantity = csv.cell(cells, "quantity");
		return new Parsed(period, reporter, country, place, flow, hs, channel, value, currency,
				quantity == null ? null : decimal(quantity, "quantity"), csv.cell(cells, "unit"), null);
	}

	private static Parsed comtrade(CsvLines csv, List<String> cells) {
		String freq = csv.cell(cells, "freqCode");
		String month = required(csv.cell(cells, "refMonth"), "refMonth");
		if ("A".equalsIgnoreCase(freq) || month.equals("52")) {
			return Parsed.skipped("annual row");
		}
		String partnerIso = required(csv.cell(cells, "partnerISO"), "partnerISO");
		if (partnerIso.equalsIgnoreCase("W00")) {
			return Parsed.skipped("world total");
		}
		String cmd = required(csv.cell(cells, "cmdCode"), "cmdCode");
		if (cmd.equalsIgnoreCase("TOTAL")) {
			return Parsed.skipped("all-commodities total");
		}
		String customs = csv.cell(cells, "customsCode");
		String transport = csv.cell(cells, "motCode");
		String partner2 = csv.cell(cells, "partner2ISO");
		if ((customs != null && !customs.equalsIgnoreCase("C00")) || (transport != null && !transport.equals("0"))
				|| (partner2 != null && !partner2.equalsIgnoreCase("W00"))) {
			return Parsed.skipped("breakdown of a total row (customs procedure, transport mode or second partner)");
		}
		YearMonth period;
		try {
			period = YearMonth.of(Integer.parseInt(required(csv.cell(cells, "refYear"), "refYear")),
					Integer.parseInt(month));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("refMonth", Reason.of("insight.problem.refMonth"));
		}
		String reporter = FlowRules.countryFromAlpha3(required(csv.cell(cells, "reporterISO"), "reporterISO"));
		if (reporter == null) {
			throw new InvalidInputException("reporterISO", Reason.of("insight.problem.alpha3"));
		}
		String partner = FlowRules.countryFromAlpha3(partnerIso);
		if (partner == null) {
			throw new InvalidInputException("partnerISO", Reason.of("insight.problem.alpha3Named", partnerIso));
		}
		String flowCode = required(csv.cell(cells, "flowCode"), "flowCode").toUpperCase(Locale.ROOT);
		FlowDirection flow = switch (flowCode) {
			case "M" -> FlowDirection.IMPORT;
			case "X" -> FlowDirection.EXPORT;
			default -> throw new InvalidInputException("flowCode", Reason.of("insight.problem.flowCode", flowCode));
		};
		String quantity = csv.cell(cells, "qty");
		return new Parsed(period, reporter, partner, null, flow, FlowRules.hsCode(cmd, "cmdCode"), TradeChannel.GENERAL,
				decimal(csv.cell(cells, "primaryValue"), "primaryValue"), "USD",
				quantity == null ? null : decimal(quantity, "qty"), csv.cell(cells, "qtyUnitAbbr"), null);
	}

	private static TradeChannel single(String text) {
		List<TradeChannel> channels = TradeChannel.parse(text, "channel");
		if (channels.size() != 1) {
			throw new InvalidInputException("channel", Reason.of("insight.problem.oneChannel"));
		}
		return channels.get(0);
	}

	private static FlowDirection flow(String text) {
		String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		return switch (value) {
			case "IMPORT", "M" -> FlowDirection.IMPORT;
			case "EXPORT", "X" -> FlowDirection.EXPORT;
			default -> throw new InvalidInputException("flow", Reason.of("insight.problem.flow"));
		};
	}

	private static String required(String value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, Reason.of("problem.required"));
		}
		return value;
	}

	private static BigDecimal decimal(String text, String field) {
		try {
			BigDecimal value = new BigDecimal(required(text, field));
			if (value.signum() < 0) {
				throw new InvalidInputException(field, Reason.of("problem.negative"));
			}
			// The scale is bounded too: 1e-100000000 has one digit but would cost minutes to
			// round.
			if (value.precision() - value.scale() > 15 || value.scale() > 32) {
				throw new InvalidInputException(field, Reason.of("insight.problem.outOfRange"));
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, Reason.of("insight.problem.decimal"));
		}
	}

}
