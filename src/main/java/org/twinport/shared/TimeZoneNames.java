package org.twinport.shared;

import java.text.Collator;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * IANA time zones named in the reader's language, "China Time (Asia/Shanghai)" or
 * "中国时间 (Asia/Shanghai)", from the JDK's CLDR data, for pickers. The generic name is
 * used rather than the standard one ("China Standard Time"), as it stays right for zones
 * with summer time.
 */
@Component("timeZoneNames")
public class TimeZoneNames {

	/** A continent or ocean of the tz database and its zones. */
	public record Region(String code, List<Choice> zones) {
	}

	/**
	 * The tz database's geographic zones; the rest are aliases kept for old systems
	 * ({@code US/Pacific}, {@code Etc/GMT+5}, {@code SystemV/...}) that nobody picks.
	 */
	private static final Pattern GEOGRAPHIC = Pattern
		.compile("^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

	private final Map<Locale, List<Region>> regions = new ConcurrentHashMap<>();

	public String name(String zoneId, Locale locale) {
		if (zoneId == null || zoneId.isBlank()) {
			return "";
		}
		if (!ZoneId.getAvailableZoneIds().contains(zoneId)) {
			return zoneId;
		}
		return ZoneId.of(zoneId).getDisplayName(TextStyle.FULL, locale) + " (" + zoneId + ")";
	}

	/** Whether {@link #options(Locale)} lists the zone. */
	public boolean offers(String zoneId) {
		return zoneId != null && (zoneId.equals("UTC") || GEOGRAPHIC.matcher(zoneId).matches())
				&& ZoneId.getAvailableZoneIds().contains(zoneId);
	}

	/**
	 * Every geographic zone by region (regions in the tz database's order, their zones in
	 * the reader's alphabetical order), UTC first on its own.
	 */
	public List<Region> options(Locale locale) {
		return regions.computeIfAbsent(locale, this::regions);
	}

	private List<Region> regions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Map<String, List<Choice>> byRegion = new LinkedHashMap<>();
		byRegion.put("UTC", new ArrayList<>(List.of(new Choice("UTC", name("UTC", locale)))));
		ZoneId.getAvailableZoneIds()
			.stream()
			.filter(id -> GEOGRAPHIC.matcher(id).matches())
			.sorted()
			.forEach(id -> byRegion.computeIfAbsent(id.substring(0, id.indexOf('/')), r -> new ArrayList<>())
				.add(new Choice(id, name(id, locale))));
		return byRegion.entrySet()
			.stream()
			.map(e -> new Region(e.getKey(),
					e.getValue()
						.stream()
						.sorted(Comparator.comparing(Choice::label, collator).thenComparing(Choice::code))
						.toList()))
			.toList();
	}

}
