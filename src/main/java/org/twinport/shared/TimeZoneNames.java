package org.twinport.shared;

import java.text.Collator;
import java.time.Clock;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Time zones named in the reader's language from the JDK's CLDR data ("China Time", "中国时间") instead of their IANA
 * ids; templates call it as {@code @timeZoneNames}. The generic name is used rather than the standard one ("China
 * Standard Time"), as it stays right for zones with summer time.
 * <p>
 * The pickers' lists (some 500 zones, each named and sorted in the reader's language) are
 * kept per language for the current hour, since their offsets change with summer time:
 * after a change a picker shows the old offset for at most an hour. The lists are the
 * JDK's data, the same on every node, so this cache needs no invalidation between nodes.
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

	/** The pickers' lists of one hour, per language; replaced as a whole when the hour turns. */
	private record Hour(long epochHour, Map<Locale, List<Choice>> options, Map<Locale, List<Region>> regions) {

		Hour(long epochHour) {
			this(epochHour, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		}

	}

	/** A bound on the languages kept: a request may name any locale in its cookie. */
	private static final int MAX_LANGUAGES = 8;

	private final Clock clock;

	private volatile Hour hour = new Hour(Long.MIN_VALUE);

	public TimeZoneNames() {
		this(Clock.systemUTC());
	}

	TimeZoneNames(Clock clock) {
		this.clock = clock;
	}

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
			return label(zone, clock.instant(), locale);
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

	private String label(ZoneId zone, Instant now, Locale locale) {
		return "UTC" + offset(zone, now) + " " + name(zone.getId(), locale) + " (" + city(zone) + ")";
	}

	/** Every place's zone, from the westernmost offset east, by name within one offset. */
	public List<Choice> options(Locale locale) {
		Map<Locale, List<Choice>> kept = thisHour().options();
		List<Choice> options = kept.get(locale);
		if (options == null) {
			options = computeOptions(locale);
			if (kept.size() < MAX_LANGUAGES) {
				kept.put(locale, options);
			}
		}
		return options;
	}

	private List<Choice> computeOptions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Instant now = clock.instant();
		return GEOGRAPHIC_ZONES.stream()
			.sorted(Comparator.<ZoneId>comparingInt(z -> z.getRules().getOffset(now).getTotalSeconds())
				.thenComparing(z -> name(z.getId(), locale), collator)
				.thenComparing(TimeZoneNames::city))
			.map(zone -> new Choice(zone.getId(), label(zone, now, locale)))
			.toList();
	}

	/**
	 * Every geographic zone by region (regions in the tz database's order, their zones in the reader's alphabetical
	 * order), UTC first on its own.
	 */
	public List<Region> regions(Locale locale) {
		Map<Locale, List<Region>> kept = thisHour().regions();
		List<Region> regions = kept.get(locale);
		if (regions == null) {
			regions = computeRegions(locale);
			if (kept.size() < MAX_LANGUAGES) {
				kept.put(locale, regions);
			}
		}
		return regions;
	}

	private List<Region> computeRegions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Instant now = clock.instant();
		Map<String, List<Choice>> byRegion = new LinkedHashMap<>();
		byRegion.put("UTC", new ArrayList<>(List.of(new Choice("UTC", label(ZoneId.of("UTC"), now, locale)))));
		GEOGRAPHIC_ZONES.forEach(zone -> byRegion
			.computeIfAbsent(zone.getId().substring(0, zone.getId().indexOf('/')), r -> new ArrayList<>())
			.add(new Choice(zone.getId(), label(zone, now, locale))));
		return byRegion.entrySet()
			.stream()
			.map(e -> new Region(e.getKey(),
					e.getValue()
						.stream()
						.sorted(Comparator.comparing(Choice::label, collator).thenComparing(Choice::code))
						.toList()))
			.toList();
	}

	private Hour thisHour() {
		long epochHour = clock.instant().getEpochSecond() / 3600;
		Hour current = hour;
		if (current.epochHour() != epochHour) {
			current = new Hour(epochHour);
			hour = current;
		}
		return current;
	}

	private static String offset(ZoneId zone, Instant now) {
		ZoneOffset offset = zone.getRules().getOffset(now);
		return offset.equals(ZoneOffset.UTC) ? "±00:00" : offset.getId();
	}

	/** The city of a region id: {@code America/Los_Angeles} is Los Angeles. */
	private static String city(ZoneId zone) {
		String id = zone.getId();
		return id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
	}

}
