package org.twinport.matchmaking.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.matchmaking.suggest.CandidateIndex;
import org.twinport.matchmaking.suggest.Features;
import org.twinport.matchmaking.suggest.TieMap;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.PartnershipQuery;
import org.twinport.network.PartnershipStatus;
import org.twinport.network.PartnershipView;
import org.twinport.platform.SharedDataCaches;

/**
 * Every company's scoring features in memory, rebuilt when a profile or a meeting answer
 * changed (one cheap aggregate query tells), so one company's suggestions scan 20,000
 * candidates without touching the database.
 */
@Component
public class FeatureCache {

	private final JdbcClient jdbc;

	private final CompanyService companies;

	private final NetworkDirectory directory;

	private volatile String version = "";

	private volatile Snapshot loaded = new Snapshot(Map.of(), new CandidateIndex(List.of()));

	public record Snapshot(Map<Long, Features> features, CandidateIndex index) {
	}

	private final Map<String, Cached<TieMap>> ties = new ConcurrentHashMap<>();

	private record Cached<T>(T value, long at) {
	}

	private final long tiesTtlMillis;

	FeatureCache(JdbcClient jdbc, CompanyService companies, NetworkDirectory directory, SharedDataCaches caches) {
		this.tiesTtlMillis = caches.ttl().toMillis();
		this.jdbc = jdbc;
		this.companies = companies;
		this.directory = directory;
	}

	/** Every company's features and the inverted indexes over them, as one snapshot. */
	public Snapshot snapshot() {
		return current();
	}

	private Snapshot current() {
		String now = jdbc
			.sql("""
					select (select count(*) || ':' || coalesce(max(updated_at)::text, '') from matchmaking.company) || '/' ||
					       (select count(*) from matchmaking.meeting_request where answered_at is not null)""")
			.query(String.class)
			.single();
		if (!now.equals(version)) {
			synchronized (this) {
				if (!now.equals(version)) {
					Map<Long, Features> all = load();
					loaded = new Snapshot(all, new CandidateIndex(all.values()));
					version = now;
				}
			}
		}
		return loaded;
	}

	/**
	 * The network's partnerships, trusted for the shared-data time to live (another node may
	 * change them; {@code docs/caches.md}, kind 1): they change rarely and are not worth a
	 * query per call.
	 */
	public TieMap ties(String lang) {
		Cached<TieMap> cached = ties.get(lang);
		if (cached == null || System.currentTimeMillis() - cached.at() > tiesTtlMillis) {
			TieMap map = new TieMap();
			int page = 0;
			while (true) {
				var result = directory.partnerships(PartnershipQuery.ALL, lang, page, 200);
				for (PartnershipView p : result.items()) {
					map.add(p.home().id(), p.home().name(), p.partner().id(), p.partner().name(), p.kindName(),
							p.status() == PartnershipStatus.ACTIVE);
				}
				if (++page >= result.totalPages()) {
					break;
				}
			}
			cached = new Cached<>(map, System.currentTimeMillis());
			ties.put(lang, cached);
		}
		return cached.value();
	}

	private Map<Long, Features> load() {
		Map<Long, double[]> answered = new HashMap<>();
		jdbc.sql("""
				select to_company, count(*), count(answered_at) from matchmaking.meeting_request group by to_company""")
			.query(rs -> {
				answered.put(rs.getLong(1), new double[] { rs.getLong(2), rs.getLong(3) });
			});
		List<CompanyService.Row> rows = companies.rows();
		Map<Long, Features> out = new HashMap<>(rows.size() * 2);
		for (CompanyService.Row row : rows) {
			double[] counts = answered.get(row.id());
			out.put(row.id(), of(row, counts == null || counts[0] < 3 ? -1 : counts[1] / counts[0]));
		}
		return Map.copyOf(out);
	}

	static Features of(CompanyService.Row row, double responseRate) {
		Facets f = row.facets();
		return Features.of(row.id(), row.name(), row.placeId(), row.countryCode(), f.sellsHs(), f.buysHs(),
				f.isicSections(), f.offers(), f.seeks(), f.markets(), f.languages(), responseRate);
	}

}
