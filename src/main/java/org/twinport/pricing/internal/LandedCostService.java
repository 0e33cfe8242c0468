package org.twinport.pricing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.platform.RefreshingValue;
import org.twinport.platform.SharedDataCaches;
import org.twinport.pricing.ExchangeRates;
import org.twinport.pricing.LandedCost;
import org.twinport.pricing.LineExplanations;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.tariff.TariffIndexes;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;
import org.twinport.shared.StateConflictException;

@Service
class LandedCostService implements LandedCost {

	static final Duration QUOTE_VALIDITY = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ObjectProvider<RateSource> rates;

	/** Resolved on first use: looking it up in the context on every quote costs more than the quote. */
	private volatile Optional<RateSource> rateSource;

	private final LandedCostEngine engine = new LandedCostEngine();

	private final Clock clock = Clock.systemUTC();

	/** Compiled sets by version: a version's rules never change once stored. */
	private final ConcurrentHashMap<String, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

	private final QuoteWriter writer;

	/**
	 * The stored sets, latest date of effect first, then newest loaded first; kept under the rule of
	 * {@link SharedDataCaches} (as the catalog keeps its latest FX set): choosing the set
	 * in force on a quote's date needs no query.
	 */
	private final RefreshingValue<List<StoredSet>> storedSets;

	/** A stored set's version and the date it takes effect (null: from the beginning). */
	record StoredSet(String version, LocalDate validFrom) {

		boolean inForceOn(LocalDate date) {
			return validFrom == null || !validFrom.isAfter(date);
		}

	}

	private final LineExplanations explanations;

	private final RestrictedGoodsService restricted;

	/** The loaded national schedules, indexed in memory. */
	private final TariffIndexes tariffs;

	LandedCostService(JdbcClient jdbc, JsonMapper json, ObjectProvider<RateSource> rates, QuoteWriter writer,
			SharedDataCaches caches, LineExplanations explanations, RestrictedGoodsService restricted,
			TariffIndexes tariffs) {
		this.jdbc = jdbc;
		this.restricted = restricted;
		this.tariffs = tariffs;
		this.explanations = explanations;
		this.json = json;
		this.rates = rates;
		this.writer = writer;
		this.storedSets = caches
			.value(() -> jdbc
				.sql("select version, valid_from from pricing.rule_set order by valid_from desc nulls last, id desc")
				.query((rs, n) -> new StoredSet(rs.getString(1), rs.getObject(2, LocalDate.class)))
				.list());
	}

	/**
	 * Inside a transaction the quote is stored in it; outside one (the quote API) it is
	 * handed to the {@link QuoteWriter}, which stores quotes in batches and shows them
	 * meanwhile. A checkout's review prices with {@link #price} and keeps its quotes with
	 * {@link #keep} in the transaction that stores the review, so that an order placed
	 * later finds them whatever happens.
	 */
	@Override
	public Quote quote(QuoteRequest request, TwinportUser requester) {
		Quote quote = compute(request);
		Long account = requester == null ? null : requester.id();
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			writer.add(quote, request, account);
			return quote;
		}
		writer.storeNow(quote, request, account);
		return quote;
	}

	@Override
	public Unkept price(QuoteRequest request, @Nullable TwinportUser requester, Supplier<Money> buyerAnnualTotal) {
		Priced priced = compute(request, buyerAnnualTotal);
		QuoteWriter.Pending row = writer.row(priced.quote(), priced.request(),
				requester == null ? null : requester.id());
		return new Unkept(priced.quote(), row.quoteJson(), row);
	}

	@Override
	public void keep(List<Unkept> quotes) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Quotes are kept in the caller's transaction");
		}
		if (!quotes.isEmpty()) {
			writer.storeNow(quotes.stream().map(unkept -> (QuoteWriter.Pending) unkept.row()).toList());
		}
	}

	private Optional<RateSource> rateSource() {
		Optional<RateSource> source = rateSource;
		if (source == null || source.isEmpty()) {
			source = rates.stream().findFirst();
			rateSource = source;
		}
		return source;
	}

	@Override
	public Quote estimate(QuoteRequest request) {
		return compute(request);
	}

	/**
	 * A quote with the rule set, the restricted-goods list and the exchange rates in
	 * force on the quote's date (today when it names none), not stored.
	 */
	Quote compute(QuoteRequest request) {
		return compute(request, null).quote();
	}

	/** A quote and the request as it was priced, with the buyer's annual total where the rules count one. */
	private record Priced(Quote quote, QuoteRequest request) {
	}

	/**
	 * @param buyerAnnualTotal read, and put into the request, only when the request has no
	 * total and the destination's rules in force count one
	 */
	private Priced compute(QuoteRequest request, @Nullable Supplier<Money> buyerAnnualTotal) {
		BuyerTaxIds.check(request);
		Instant now = clock.instant();
		LocalDate date = request.date() != null ? request.date() : LocalDate.ofInstant(now, ZoneOffset.UTC);
		CompiledRuleSet rules = inForce(date).orElseThrow(() -> new StateConflictException(storedSets.get().isEmpty()
				? Reason.of("pricing.problem.noRuleSet") : Reason.of("pricing.problem.noRuleSetOn", date.toString())));
		if (buyerAnnualTotal != null && request.buyerAnnualTotal() == null && rules.market(request.destination())
			.map(market -> market.crossBorderRetail(date).isPresent())
			.orElse(false)) {
			request = new QuoteRequest(request.origin(), request.destination(), request.region(), request.incoterm(),
					request.date(), request.items(), request.shipping(), request.insurance(), request.currency(),
					buyerAnnualTotal.get(), request.buyer());
		}
		ExchangeRates fx = rateSource()
			.flatMap(source -> source.onOrBefore(date))
			.orElseThrow(() -> new StateConflictException(Reason.of("pricing.problem.noRatesOn", date.toString())));
		return new Priced(inEnglish(
				engine.quote(rules, tariffs.snapshot(), restricted.inForce(date), request, fx, now, QUOTE_VALIDITY)),
				request);
	}

	/** API clients read each line's reason and each refusal in English beside its code. */
	private Quote inEnglish(Quote quote) {
		List<QuoteLine> lines = quote.lines()
			.stream()
			.map(line -> new QuoteLine(line.type(), line.amount(), line.base(), line.rate(), line.ruleId(),
					line.source(), line.collected(), explanations.explain(line, Locale.ENGLISH), line.item(),
					line.reason(), line.args(), line.estimate()))
			.toList();
		List<Quote.Refusal> refusals = quote.refusals()
			.stream()
			.map(r -> new Quote.Refusal(r.code(), explanations.explain(r, Locale.ENGLISH), r.item(), r.ruleId(),
					r.source(), r.args()))
			.toList();
		return new Quote(quote.id(), quote.destination(), quote.currency(), quote.date(), quote.incoterm(), lines,
				quote.totals(), quote.ruleSetVersion(), quote.fxRateSetId(), refusals, quote.createdAt(),
				quote.expiresAt(), quote.tariffVersion());
	}

	@Override
	public Optional<Quote> find(UUID id, TwinportUser viewer) {
		Optional<QuoteWriter.Pending> queued = writer.pending(id);
		if (queued.isPresent()) {
			QuoteWriter.Pending entry = queued.get();
			return viewer.is(Role.ADMIN) || Long.valueOf(viewer.id()).equals(entry.accountId())
					? Optional.of(writer.quoteOf(entry)) : Optional.empty();
		}
		return jdbc.sql("select quote::text from pricing.quote where id = :id and (:all or account_id = :account)")
			.param("id", id)
			.param("all", viewer.is(Role.ADMIN))
			.param("account", viewer.id())
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, Quote.class));
	}

	@Override
	@Transactional
	public RuleSetInfo load(String document, String loadedBy) {
		CompiledRuleSet rules = RuleSetParser.parse(document);
		boolean exists = jdbc.sql("select count(*) from pricing.rule_set where version = :version")
			.param("version", rules.version())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new InvalidInputException("version", Reason.of("pricing.problem.ruleSetLoaded", rules.version()));
		}
		jdbc.sql("""
				insert into pricing.rule_set (version, document, demo, loaded_by, valid_from)
				values (:v, :d, :demo, :by, :from)""")
			.param("v", rules.version())
			.param("d", document)
			.param("demo", rules.demo())
			.param("by", loadedBy)
			.param("from", LocalDate.MIN.equals(rules.validFrom()) ? null : rules.validFrom())
			.update();
		compiled.put(rules.version(), rules);
		storedSets.invalidate();
		return ruleSets().stream().filter(info -> info.version().equals(rules.version())).findFirst().orElseThrow();
	}

	@Override
	public List<RuleSetInfo> ruleSets() {
		String today = inForce(LocalDate.now(clock)).map(CompiledRuleSet::version).orElse(null);
		return jdbc
			.sql("select version, demo, loaded_by, loaded_at, valid_from from pricing.rule_set order by id desc")
			.query((rs, n) -> new RuleSetInfo(rs.getString(1), rs.getBoolean(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(1).equals(today),
					compiled(rs.getString(1)).markets().keySet().stream().sorted().toList(),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	@Override
	public Optional<String> document(String version) {
		return jdbc.sql("select document from pricing.rule_set where version = :v")
			.param("v", version)
			.query(String.class)
			.optional();
	}

	/**
	 * The set in force on the date: of the sets taking effect on or before it, the one
	 * with the latest date of effect, and of several with that date the newest loaded.
	 * So a set loaded later with an earlier date corrects the rules of its period without
	 * overriding a newer period, and a set without a date (format 1) applies only before
	 * the first dated set.
	 */
	Optional<CompiledRuleSet> inForce(LocalDate date) {
		return storedSets.get()
			.stream()
			.filter(set -> set.inForceOn(date))
			.findFirst()
			.map(set -> compiled(set.version()));
	}

	private CompiledRuleSet compiled(String version) {
		return compiled.computeIfAbsent(version, v -> RuleSetParser.parse(document(v).orElseThrow()));
	}

}
