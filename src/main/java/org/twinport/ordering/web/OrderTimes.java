package org.twinport.ordering.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.twinport.shared.web.TimeWording;
import org.springframework.stereotype.Component;

/**
 * Times on order pages as the reader reads them: in the market's zone
 * ({@code ordering/market-time-zones.properties}), else UTC, always with the zone named,
 * since the server does not know the browser's zone. Templates call it as
 * {@code @orderTimes}.
 */
@Component("orderTimes")
public class OrderTimes {


	private final Map<String, ZoneId> zones;

	OrderTimes() {
		Properties properties = new Properties();
		try (InputStream in = OrderTimes.class.getResourceAsStream("/ordering/market-time-zones.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.zones = properties.stringPropertyNames()
			.stream()
			.collect(Collectors.toUnmodifiableMap(k -> k, k -> ZoneId.of(properties.getProperty(k))));
	}

	public ZoneId zone(String market) {
		return market == null ? ZoneOffset.UTC : zones.getOrDefault(market, ZoneOffset.UTC);
	}

	/** "Dec 7, 2026, 16:12 (Eastern European Time)", "2026年12月7日 16:12（东欧时间）". */
	public String at(Instant instant, String market, Locale locale) {
		if (instant == null) {
			return "";
		}
		ZoneId zone = zone(market);
		var local = instant.atZone(zone);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(local);
		String time = DateTimeFormatter.ofPattern("HH:mm").format(local);
		String name = zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getDisplayName(TextStyle.FULL, locale);
		return TimeWording.withZone(date, time, name, locale);
	}

	/** Whole minutes from placing to the payment deadline. */
	public long minutesToPay(Instant placedAt, Instant dueAt) {
		return placedAt == null || dueAt == null ? 0 : Duration.between(placedAt, dueAt).toMinutes();
	}

}
