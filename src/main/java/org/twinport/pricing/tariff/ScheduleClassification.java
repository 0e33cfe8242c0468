package org.twinport.pricing.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.twinport.catalog.TariffClassification;
import org.twinport.pricing.tariff.TariffSchedules.LinesInForce;
import org.twinport.shared.HsCode;
import org.twinport.shared.TariffCode;

/** Classification against HS 2022 and the national schedules loaded in {@link TariffSchedules}. */
@Service
class ScheduleClassification implements TariffClassification {

	private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
			"FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

	/** Destination country to schedule market, for the countries with a schedule of their own. */
	private static final Map<String, String> MARKETS = Stream
		.concat(EU_MEMBERS.stream().map(country -> Map.entry(country, "EU")),
				Stream.of(Map.entry("GB", "GB"), Map.entry("US", "US"), Map.entry("JP", "JP"), Map.entry("AU", "AU")))
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

	private final HsNomenclature hs;

	private final TariffSchedules schedules;

	/** The edition never changes once loaded: read once, then checked in memory (imports check every row). */
	private volatile Set<String> subheadings = Set.of();

	ScheduleClassification(HsNomenclature hs, TariffSchedules schedules) {
		this.hs = hs;
		this.schedules = schedules;
	}

	@Override
	public boolean hsSubheadingExists(String sixDigits) {
		if (!HsCode.isValid(sixDigits)) {
			return false;
		}
		Set<String> known = subheadings;
		if (known.isEmpty()) {
			known = hs.subheadings();
			subheadings = known;
		}
		return known.contains(sixDigits);
	}

	@Override
	public Optional<String> scheduleMarket(String destinationCountry) {
		return Optional.ofNullable(destinationCountry == null ? null : MARKETS.get(destinationCountry));
	}

	@Override
	public Optional<String> scheduleVersion(String destinationCountry, LocalDate date) {
		return scheduleMarket(destinationCountry).flatMap(market -> schedules.inForce(market, date))
			.map(TariffSchedules.Schedule::version);
	}

	@Override
	public Optional<NationalLine> nationalLine(String destinationCountry, String code, LocalDate date) {
		if (!TariffCode.isValid(code)) {
			return Optional.empty();
		}
		return lines(destinationCountry, code, date).filter(line -> line.code().equals(code)).findFirst();
	}

	@Override
	public List<NationalLine> nationalLines(String destinationCountry, String sixDigits, LocalDate date) {
		if (!HsCode.isValid(sixDigits)) {
			return List.of();
		}
		return lines(destinationCountry, sixDigits, date).toList();
	}

	private Stream<NationalLine> lines(String destinationCountry, String prefix, LocalDate date) {
		Optional<String> market = scheduleMarket(destinationCountry);
		if (market.isEmpty()) {
			return Stream.empty();
		}
		LinesInForce found = schedules.lines(market.get(), prefix, date);
		if (found.schedule() == null) {
			return Stream.empty();
		}
		return found.lines()
			.stream()
			.filter(line -> line.digits() >= 8)
			.map(line -> new NationalLine(found.market(), found.schedule().version(), line.code(),
					line.description(), line.rateText()));
	}

}
