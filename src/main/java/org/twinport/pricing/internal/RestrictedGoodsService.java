package org.twinport.pricing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.platform.RefreshingValue;
import org.twinport.platform.SharedDataCaches;
import org.twinport.pricing.LineExplanations;
import org.twinport.pricing.Quote;
import org.twinport.pricing.RestrictedGoods;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * Restricted-goods lists stored in {@code pricing.restricted_goods_list}. Which lists
 * exist is kept under the rule of {@link SharedDataCaches}; a version's entries never
 * change once stored, so its compiled form is kept for good. The bundled list is loaded
 * on start-up when its version is missing.
 */
@Service
@Order(0)
class RestrictedGoodsService implements RestrictedGoods, ApplicationRunner {

	static final String BUNDLED = "pricing/restricted-goods-2026-12.json";

	private static final Logger log = LoggerFactory.getLogger(RestrictedGoodsService.class);

	private record Stored(String version, LocalDate validFrom) {
	}

	private final JdbcClient jdbc;

	private final LineExplanations explanations;

	/** Latest validFrom first. */
	private final RefreshingValue<List<Stored>> stored;

	private final ConcurrentHashMap<String, RestrictedGoodsList> compiled = new ConcurrentHashMap<>();

	RestrictedGoodsService(JdbcClient jdbc, SharedDataCaches caches, LineExplanations explanations) {
		this.jdbc = jdbc;
		this.explanations = explanations;
		this.stored = caches.value(() -> jdbc
			.sql("select version, valid_from from pricing.restricted_goods_list order by valid_from desc, id desc")
			.query((rs, n) -> new Stored(rs.getString(1), rs.getObject(2, LocalDate.class)))
			.list());
	}

	@Override
	public void run(ApplicationArguments args) {
		String document;
		try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
			document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RestrictedGoodsList bundled = RestrictedGoodsList.parse(document);
		int inserted = insert(bundled, document, "twinport");
		if (inserted > 0) {
			compiled.put(bundled.version(), bundled);
			stored.invalidate();
			log.info("Loaded the restricted-goods list {} (valid from {}) for {} markets", bundled.version(),
					bundled.validFrom(), bundled.markets().size());
		}
	}

	@Override
	@Transactional
	public ListInfo load(String document, String loadedBy) {
		RestrictedGoodsList list = RestrictedGoodsList.parse(document);
		if (insert(list, document, loadedBy) == 0) {
			throw new InvalidInputException("version", Reason.of("pricing.problem.listLoaded", list.version()));
		}
		compiled.put(list.version(), list);
		stored.invalidate();
		return lists().stream().filter(info -> info.version().equals(list.version())).findFirst().orElseThrow();
	}

	private int insert(RestrictedGoodsList list, String document, String loadedBy) {
		return jdbc
			.sql("""
					insert into pricing.restricted_goods_list (version, valid_from, document, loaded_by)
					values (:version, :validFrom, :document, :by) on conflict (version) do nothing""")
			.param("version", list.version())
			.param("validFrom", list.validFrom())
			.param("document", document)
			.param("by", loadedBy)
			.update();
	}

	@Override
	public List<ListInfo> lists() {
		String inForce = inForceVersion(LocalDate.now(ZoneOffset.UTC));
		return jdbc
			.sql("""
					select version, valid_from, loaded_by, loaded_at from pricing.restricted_goods_list
					order by valid_from desc, id desc""")
			.query((rs, n) -> new ListInfo(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(1).equals(inForce),
					List.copyOf(compiled(rs.getString(1)).markets())))
			.list();
	}

	@Override
	public List<MarketRefusal> screen(String hsCode, String originCountry, LocalDate date) {
		RestrictedGoodsList list = inForce(date);
		List<MarketRefusal> refusals = new ArrayList<>();
		for (Quote.Refusal refusal : Screening.screen(list, hsCode, originCountry, date,
				List.copyOf(list.markets()))) {
			refusals.add(new MarketRefusal(refusal.args().get("market"),
					new Quote.Refusal(refusal.code(), explanations.explain(refusal, Locale.ENGLISH), refusal.item(),
							refusal.ruleId(), refusal.source(), refusal.args())));
		}
		return refusals;
	}

	/** The list in force on the date: the latest validFrom on or before it; none before the first. */
	RestrictedGoodsList inForce(LocalDate date) {
		String version = inForceVersion(date);
		return version == null ? RestrictedGoodsList.NONE : compiled(version);
	}

	private String inForceVersion(LocalDate date) {
		for (Stored list : stored.get()) {
			if (!list.validFrom().isAfter(date)) {
				return list.version();
			}
		}
		return null;
	}

	private RestrictedGoodsList compiled(String version) {
		return compiled.computeIfAbsent(version,
				v -> RestrictedGoodsList.parse(jdbc.sql("select document from pricing.restricted_goods_list "
						+ "where version = :v").param("v", v).query(String.class).single()));
	}

}
