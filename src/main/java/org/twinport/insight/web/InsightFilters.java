package org.twinport.insight.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.insight.FlowDirection;
import org.twinport.insight.SourceKind;
import org.twinport.insight.TradeChannel;
import org.twinport.insight.TradeInsight.Filter;
import org.twinport.shared.CountryCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Reads the filters every figure accepts from request parameters, and keeps marketplace
 * figures to staff.
 */
final class InsightFilters {

	private InsightFilters() {
	}

	static boolean staff(TwinportUser user) {
		return user != null && user.role() == Role.ADMIN;
	}

	static Filter parse(String source, String from, String to, String flow, String country, String place,
			String channel, String chapter, String engine, TwinportUser user) {
		SourceKind kind = SourceKind.OFFICIAL;
		if (present(source)) {
			try {
				kind = SourceKind.valueOf(source.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("source", Reason.of("insight.problem.sourceKind"));
			}
		}
		boolean raw = present(engine) && engine.strip().equalsIgnoreCase("raw");
		if (present(engine) && !raw && !engine.strip().equalsIgnoreCase("rollup")) {
			throw new InvalidInputException("engine", Reason.of("insight.problem.engine"));
		}
		if ((kind == SourceKind.MARKETPLACE || raw) && !staff(user)) {
			throw new AccessDeniedException("Marketplace figures and the raw engine are for staff only");
		}
		FlowDirection direction = null;
		if (present(flow)) {
			try {
				direction = FlowDirection.valueOf(flow.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("flow", Reason.of("insight.problem.flow"));
			}
		}
		String countryCode = null;
		if (present(country)) {
			countryCode = country.strip().toUpperCase(Locale.ROOT);
			countryCode = CountryCode.of("country", countryCode).value();
		}
		String placeCode = null;
		if (present(place)) {
			placeCode = place.strip();
			if (!placeCode.matches("^[a-z0-9][a-z0-9-]{1,99}$")) {
				throw new InvalidInputException("place", Reason.of("insight.problem.place"));
			}
		}
		List<TradeChannel> channels = present(channel) ? TradeChannel.parse(channel, "channel") : List.of();
		String hsChapter = null;
		if (present(chapter)) {
			hsChapter = chapter.strip().length() == 1 ? "0" + chapter.strip() : chapter.strip();
			if (!hsChapter.matches("^(0[1-9]|[1-8][0-9]|9[0-7])$") || hsChapter.equals("77")) {
				throw new InvalidInputException("chapter", Reason.of("insight.problem.chapter"));
			}
		}
		return new Filter(kind, month(from, "from"), month(to, "to"), direction, countryCode, placeCode, channels,
				hsChapter, raw);
	}

	private static YearMonth month(String text, String field) {
		if (!present(text)) {
			return null;
		}
		try {
			YearMonth month = YearMonth.parse(text.strip());
			if (month.getYear() < 1900 || month.getYear() > 2200) {
				throw new InvalidInputException(field, Reason.of("insight.problem.monthBetween", "1900-01", "2200-12"));
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, Reason.of("insight.problem.month"));
		}
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
