package org.twinport.network.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.twinport.network.FiguresContributor;
import org.twinport.network.NetworkFigures;
import org.twinport.network.PartialDate;

/** Reads the office's figures from the partnership tables; writes nothing. */
@Service
class NetworkFiguresViews implements NetworkFigures {

	/** One current tie (not archived, not ended), as the figures need it. */
	record Tie(long id, String kind, String partnerCode, String partner, String country, String continent,
			PartialDate established, String status, LocalDate lastActivity, boolean demo) {
	}

	private final JdbcClient jdbc;

	private final FiguresCache cache;

	private final ObjectProvider<FiguresContributor> contributors;

	private final Clock clock;

	NetworkFiguresViews(JdbcClient jdbc, FiguresCache cache, ObjectProvider<FiguresContributor> contributors,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.contributors = contributors;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	@Override
	public Figures figures(String lang, int dormantMonths, int years) {
		String language = Rows.language(lang);
		return cache.get(language + "|" + dormantMonths + "|" + years, () -> compute(language, dormantMonths, years));
	}

	private Figures compute(String lang, int dormantMonths, int years) {
		LocalDate today = LocalDate.now(clock);
		List<Tie> ties = ties(lang);
		Tie first = ties.stream()
			.filter(t -> t.established().date() != null)
			.min(Comparator.comparing((Tie t) -> t.established().latestDay()).thenComparing(Tie::partner))
			.orElse(null);
		Map<String, Long> perDecade = new TreeMap<>(ties.stream()
			.filter(t -> t.established().date() != null)
			.collect(Collectors.groupingBy(t -> (t.established().date().getYear() / 10 * 10) + "s",
					Collectors.counting())));
		LocalDate dormantSince = today.minusMonths(dormantMonths);
		List<DormantTie> dormant = ties.stream()
			.filter(t -> t.lastActivity() == null || t.lastActivity().isBefore(dormantSince))
			.sorted(Comparator.comparing(Tie::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(Tie::partner))
			.map(t -> new DormantTie(t.id(), t.partnerCode(), t.partner(), t.status(),
					t.lastActivity() == null ? null : t.lastActivity().toString()))
			.toList();
		List<PartnerYears> perPartner = perPartnerYears(ties, yearRange(today, years), today);
		List<Integer> yearRange = yearRange(today, years);
		List<Anniversary> anniversaries = Anniversaries.within12Months(ties, today);
		Map<String, Object> sections = new LinkedHashMap<>();
		contributors.orderedStream().forEach(c -> sections.put(c.section(), c.figures(lang)));
		return new Figures(ties.size(), count(ties, Tie::kind), count(ties, Tie::country), count(ties, Tie::continent),
				ties.stream().map(Tie::continent).distinct().count(),
				first == null ? null : new FirstPartnership(first.id(), first.partner(), first.established().iso()),
				perDecade, ties.stream().filter(t -> t.established().date() == null).count(), anniversaries.size(),
				anniversaries.subList(0, Math.min(MAX_ANNIVERSARIES_LISTED, anniversaries.size())), yearRange,
				perPartner.size(), perPartner.subList(0, Math.min(TOP_PARTNERS, perPartner.size())), dormantMonths,
				dormant.size(), dormant.subList(0, Math.min(MAX_DORMANT_LISTED, dormant.size())), sections,
				ties.stream().anyMatch(Tie::demo));
	}

	private List<Tie> ties(String lang) {
		return jdbc.sql("""
				select s.id, s.kind, p.code, coalesce(p.names ->> :lang, p.names ->> 'en') as name, p.country_code,
				       p.continent, s.established_on, s.established_precision, s.status, s.demo,
				       (select max(a.occurred_on) from network.partner_activity a
				        where a.place_id = s.partner_place_id and a.occurred_on <= current_date) as last_activity
				from network.partnership s join network.place p on p.id = s.partner_place_id
				where not s.archived and s.status <> 'ENDED'
				""").param("lang", lang).query((rs, n) -> {
			LocalDate established = rs.getObject("established_on", LocalDate.class);
			return new Tie(rs.getLong("id"), rs.getString("kind"), rs.getString("code"), rs.getString("name"),
					rs.getString("country_code"), rs.getString("continent"),
					established == null ? PartialDate.UNKNOWN
							: new PartialDate(established,
									PartialDate.Precision.valueOf(rs.getString("established_precision"))),
					rs.getString("status"), rs.getObject("last_activity", LocalDate.class), rs.getBoolean("demo"));
		}).list();
	}

	private List<PartnerYears> perPartnerYears(List<Tie> ties, List<Integer> years, LocalDate today) {
		Map<Long, Tie> byId = ties.stream().collect(Collectors.toMap(Tie::id, Function.identity()));
		Map<Long, Map<Integer, Long>> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select s.id, extract(year from a.occurred_on)::int as year, count(*) as n
				from network.partner_activity a join network.partnership s on s.partner_place_id = a.place_id
				where not s.archived and s.status <> 'ENDED' and a.occurred_on between :from and :to
				group by s.id, year
				""")
			.param("from", LocalDate.of(years.getFirst(), 1, 1))
			.param("to", today)
			.query((rs, n) -> counts.computeIfAbsent(rs.getLong("id"), id -> new TreeMap<>())
				.put(rs.getInt("year"), rs.getLong("n")))
			.list();
		List<PartnerYears> result = new ArrayList<>();
		counts.forEach((id, perYear) -> {
			Tie tie = byId.get(id);
			if (tie != null) {
				result.add(new PartnerYears(id, tie.partnerCode(), tie.partner(), perYear,
						perYear.values().stream().mapToLong(Long::longValue).sum()));
			}
		});
		result.sort(Comparator.comparing(PartnerYears::total).reversed().thenComparing(PartnerYears::partner));
		return result;
	}

	private static List<Integer> yearRange(LocalDate today, int years) {
		return IntStream.rangeClosed(today.getYear() - years + 1, today.getYear()).boxed().toList();
	}

	private static Map<String, Long> count(List<Tie> ties, Function<Tie, String> key) {
		Map<String, Long> counts = ties.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

}
