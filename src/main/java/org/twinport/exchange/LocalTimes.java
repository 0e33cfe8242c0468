package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An exchange's start and end in each participant's own time zone, computed with the zone
 * rules of the day, so daylight saving is taken into account.
 */
public record LocalTimes(ExchangeView exchange, List<At> times) {

	/**
	 * @param start the local start as {@code 2026-03-12T08:00}
	 * @param offset the UTC offset in force then, such as {@code +02:00}
	 */
	public record At(String who, String timeZone, String start, @Nullable String end, String offset) {
	}

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/**
	 * The exchange's own zone first, then each participant zone once; empty for exchanges
	 * without a time.
	 */
	public static LocalTimes of(ExchangeView exchange) {
		List<At> times = new ArrayList<>();
		if (exchange.timed()) {
			Set<String> seen = new LinkedHashSet<>();
			add(times, seen, exchange, exchange.timeZone(), exchange.timeZone());
			for (ExchangeView.Participant participant : exchange.participants()) {
				if (participant.timeZone() != null) {
					add(times, seen, exchange, participant.name(), participant.timeZone());
				}
			}
		}
		return new LocalTimes(exchange, times);
	}

	private static void add(List<At> times, Set<String> seen, ExchangeView exchange, String who, String zoneId) {
		if (!seen.add(who + "|" + zoneId)) {
			return;
		}
		ZoneId zone = ZoneId.of(zoneId);
		ZonedDateTime start = exchange.startsAt().atZone(zone);
		String end = exchange.endsAt() == null ? null : MINUTE.format(exchange.endsAt().atZone(zone));
		times.add(new At(who, zoneId, MINUTE.format(start), end, start.getOffset().getId().replace("Z", "+00:00")));
	}

}
