package org.twinport.shared;

import org.jspecify.annotations.Nullable;
import java.text.Collator;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Time zones named in the reader's language from the JDK's CLDR data ("China Time", "中国时间") instead of their IANA
 * ids; templates call it as {@code @timeZoneNames}. The generic name is used rather than the standard one ("China
 * Standard Time"), as it stays right for zones with summer time.
 */
@Component("timeZoneNames")
public class TimeZoneNames {

	/** A continent or ocean of the tz database and its zones. */
	public record Region(String code, List<Choice> zones) {
	}

	/**
	 * The tz database's geographic zones; the rest are aliases kept for old systems ({@code US/Pacific},
	 * {@code Etc/GMT+5}, {@code SystemV/...}) that nobody picks.
	 */
	private static final Pattern GEOGRAPHIC = Pattern
		.compile("^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+$");

	private static final List<ZoneId> GEOGRAPHIC_ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> GEOGRAPHIC.matcher(id).matches())
		.sorted()
		.map(ZoneId::of)
		.toList();

	/** The zone's name, "China Time" or "中国时间"; an unknown id as it is. */
	public String name(@Nullable String zoneId, Locale locale) {
		if (zoneId == null || zoneId.isBlank()) {
			return "";
		}
		try {
			return ZoneId.of(zoneId).getDisplayName(TextStyle.FULL, locale);
		}
		catch (DateTimeException ex) {
			return zoneId;
		}
	}

	/**
	 * The zone as a picker shows it, with today's offset and its city, since many zones share a name: "UTC+02:00
	 * Eastern European Time (Helsinki)".
	 */
	public String label(@Nullable String zoneId, Locale locale) {
		try {
			ZoneId zone = ZoneId.of(zoneId);
			return "UTC" + offset(zone) + " " + name(zoneId, locale) + " (" + city(zone) + ")";
		}
		catch (DateTimeException | NullPointerException ex) {
			return zoneId == null ? "" : zoneId;
		}
	}

	/** Whether the pickers list the zone. */
	public boolean offers(@Nullable String zoneId) {
		return zoneId != null && (zoneId.equals("UTC") || GEOGRAPHIC.matcher(zoneId).matches())
				&& ZoneId.getAvailableZoneIds().contains(zoneId);
	}

	/** Every place's zone, from the westernmost offset east, by name within one offset. */
	public List<Choice> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Instant now = Instant.now();
		return GEOGRAPHIC_ZONES.stream()
			.sorted(Comparator.<ZoneId>comparingInt(z -> z.getRules().getOffset(now).getTotalSeconds())
				.thenComparing(z -> name(z.getId(), locale), collator)
				.thenComparing(TimeZoneNames::city))
			.map(zone -> new Choice(zone.getId(), label(zone.getId(), locale)))
			.toList();
	}

	/**
	 * Every geographic zone by region (regions in the tz database's order, their zones in the reader's alphabetical
	 * order), UTC first on its own.
	 */
	public List<Region> regions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Map<String, List<Choice>> byRegion = new LinkedHashMap<>();
		byRegion.put("UTC", new ArrayList<>(List.of(new Choice("UTC", label("UTC", locale)))));
		GEOGRAPHIC_ZONES.forEach(zone -> byRegion
			.computeIfAbsent(zone.getId().substring(0, zone.getId().indexOf('/')), r -> new ArrayList<>())
			.add(new Choice(zone.getId(), label(zone.getId(), locale))));
		return byRegion.entrySet()
			.stream()
			.map(e -> new Region(e.getKey(),
					e.getValue()
						.stream()
						.sorted(Comparator.comparing(Choice::label, collator).thenComparing(Choice::code))
						.toList()))
			.toList();
	}

	private static String offset(ZoneId zone) {
		ZoneOffset offset = zone.getRules().getOffset(Instant.now());
		return offset.equals(ZoneOffset.UTC) ? "±00:00" : offset.getId();
	}

	/** The city of a region id: {@code America/Los_Angeles} is Los Angeles. */
	private static String city(ZoneId zone) {
		String id = zone.getId();
		return id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
	}

}
