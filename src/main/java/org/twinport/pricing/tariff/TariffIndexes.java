package org.twinport.pricing.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.twinport.platform.RefreshingValue;
import org.twinport.platform.SharedDataCaches;

/**
 * The loaded schedules as in-memory {@link ScheduleIndex indexes}, so that quoting asks
 * the database nothing per item. Which versions exist is shared data kept under the rule of
 * {@link SharedDataCaches}; a version's lines never change once loaded, so each is read
 * and indexed once per node, the first time it is needed or when this node loads it.
 */
@Service
public class TariffIndexes implements TariffLines {

	private static final Logger log = LoggerFactory.getLogger(TariffIndexes.class);

	/** A loaded version as the list of versions holds it. */
	record Version(long id, String market, String version, LocalDate validFrom, LocalDate validTo,
			String authority, String document) {

		boolean inForce(String market, LocalDate date) {
			return this.market.equals(market) && !date.isBefore(validFrom)
					&& (validTo == null || date.isBefore(validTo));
		}

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RefreshingValue<List<Version>> versions;

	private final ConcurrentHashMap<Long, CompletableFuture<ScheduleIndex>> indexes = new ConcurrentHashMap<>();

	TariffIndexes(JdbcClient jdbc, JsonMapper json, SharedDataCaches caches) {
		this.jdbc = jdbc;
		this.json = json;
		// Latest first, as TariffSchedules.inForce orders them.
		this.versions = caches.value(() -> jdbc.sql("""
				select id, market, version, valid_from, valid_to, source_authority, source_document
				from pricing.tariff_schedule order by valid_from desc, id desc""")
			.query((rs, n) -> new Version(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getString(7)))
			.list());
	}

	@Override
	public Optional<ScheduleIndex> inForce(String market, LocalDate date) {
		return inForce(versions.get(), market, date);
	}

	/**
	 * The versions loaded now, for one quote: what it asks then reads no database (unless a
	 * version is not indexed yet on this node, which is built once).
	 */
	public TariffLines snapshot() {
		List<Version> current = versions.get();
		return (market, date) -> inForce(current, market, date);
	}

	private Optional<ScheduleIndex> inForce(List<Version> loaded, String market, LocalDate date) {
		for (Version version : loaded) {
			if (version.inForce(market, date)) {
				return Optional.of(index(version));
			}
		}
		return Optional.empty();
	}

	/** Reads the list of versions again at once: this node has just loaded one. */
	void loaded() {
		versions.invalidate();
	}

	/** Indexes every loaded version now, so that no quote waits for it later. */
	void warm() {
		try {
			versions.invalidate();
			versions.get().forEach(this::index);
		}
		catch (RuntimeException ex) {
			// A quote needing an index builds it then.
			log.warn("Could not index the tariff schedules at start-up: {}", ex.toString());
		}
	}

	/** The version's index; the first caller builds it and callers arriving meanwhile wait for that one. */
	private ScheduleIndex index(Version version) {
		CompletableFuture<ScheduleIndex> future = indexes.get(version.id());
		if (future == null) {
			CompletableFuture<ScheduleIndex> mine = new CompletableFuture<>();
			future = indexes.putIfAbsent(version.id(), mine);
			if (future == null) {
				future = mine;
				try {
					mine.complete(build(version));
				}
				catch (RuntimeException ex) {
					indexes.remove(version.id(), mine);
					mine.completeExceptionally(ex);
				}
			}
		}
		return future.join();
	}

	private ScheduleIndex build(Version version) {
		long started = System.nanoTime();
		ScheduleIndex.Builder builder = ScheduleIndex.builder(version.market(), version.version(),
				version.validFrom(), version.authority(), version.document());
		jdbc.sql("select code, rate_text, rate::text from pricing.tariff_line where schedule_id = :id")
			.param("id", version.id())
			.query(rs -> {
				String stored = rs.getString(3);
				builder.add(rs.getString(1), rs.getString(2), text -> json.readValue(stored, ParsedRate.class));
			});
		ScheduleIndex index = builder.build();
		log.info("Indexed tariff {} {}: {} lines, {} distinct rates, in {} ms", version.market(), version.version(),
				index.size(), index.distinctRates(), (System.nanoTime() - started) / 1_000_000);
		return index;
	}

}
