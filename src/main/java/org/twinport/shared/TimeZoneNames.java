package org.twinport.shared;

import java.text.Collator;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Time zones named in the reader's language from the JDK's CLDR data ("Eastern European
 * Time", "东欧时间") instead of their IANA ids; templates call it as
 * {@code @timeZoneNames}.
 */
@Component("timeZoneNames")
public class TimeZoneNames {

	/** The zones of places: the region ids, not the legacy aliases (EST5EDT, Etc/GMT+3). */
	private static final Pattern REGION = Pattern
		.compile("^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+$");

	private static final List<ZoneId> REGIONS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> REGION.matcher(id).matches())
		.map(ZoneId::of)
		.toList();

	/** The zone's name, "China Time" or "中国时间"; an unknown id as it is. */
	public String name(String zoneId, Locale locale) {
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
	 * The zone as a picker shows it, with its city and today's offset, since many zones
	 * share a name: "UTC+02:00 Eastern European Time (Helsinki)".
	 */
	public String label(String zoneId, Locale locale) {
		try {
			ZoneId zone = ZoneId.of(zoneId);
			return "UTC" + offset(zone) + " " + name(zoneId, locale) + " (" + city(zone) + ")";
		}
		catch (DateTimeException | NullPointerException ex) {
			return zoneId == null ? "" : zoneId;
		}
	}

	/** Every place's zone, from the westernmost offset east, by name within one offset. */
	public List<Choice> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Instant now = Instant.now();
		return REGIONS.stream()
			.sorted(Comparator.<ZoneId>comparingInt(z -> z.getRules().getOffset(now).getTotalSeconds())
				.thenComparing(z -> name(z.getId(), locale), collator)
				.thenComparing(TimeZoneNames::city))
			.map(zone -> new Choice(zone.getId(), label(zone.getId(), locale)))
			.toList();
	}

	private static String offset(ZoneId zone) {
		ZoneOffset offset = zone.getRules().getOffset(Instant.now());
		return offset.equals(ZoneOffset.UTC) ? "±00:00" : offset.getId();
	}

	/** The city of a region id: {@code America/Los_Angeles} is Los Angeles. */
	private static String city(ZoneId zone) {
		String id = zone.getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}

}
