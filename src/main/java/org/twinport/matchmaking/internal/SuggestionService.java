package org.twinport.matchmaking.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.Offering;
import org.twinport.matchmaking.RfqView;
import org.twinport.matchmaking.Suggestion;
import org.twinport.matchmaking.Suggestions;
import org.twinport.matchmaking.suggest.Features;
import org.twinport.matchmaking.suggest.MatchScorer;
import org.twinport.network.NetworkLookup;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Service
class SuggestionService implements Suggestions {

	private final JdbcClient jdbc;

	private final CompanyService companies;

	private final SourcingService sourcing;

	private final FeatureCache cache;

	private final ReasonTexts texts;

	private final NetworkLookup lookup;

	SuggestionService(JdbcClient jdbc, CompanyService companies, SourcingService sourcing, FeatureCache cache,
			ReasonTexts texts, NetworkLookup lookup) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.sourcing = sourcing;
		this.cache = cache;
		this.texts = texts;
		this.lookup = lookup;
	}

	@Override
	public List<Suggestion> counterparts(TwinportUser user, @Nullable Long companyId, String lang, int limit) {
		Long acting = companies.actingFor(user);
		long id;
		if (acting == null) {
			if (companyId == null) {
				throw new InvalidInputException("company", Reason.of("matchmaking.problem.requiredForAdmin"));
			}
			id = companyId;
		}
		else {
			if (companyId != null && companyId.longValue() != acting) {
				throw new NotFoundException(Reason.of("matchmaking.problem.noCompany"));
			}
			id = acting;
		}
		FeatureCache.Snapshot all = cache.snapshot();
		Features me = all.features().get(id);
		if (me == null) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noCompany"));
		}
		return shown(new MatchScorer(cache.ties(lang)).top(me, all.index(), excluded(id), limit), lang);
	}

	@Override
	public List<Suggestion> suppliers(TwinportUser user, long rfqId, String lang, int limit) {
		RfqView rfq = sourcing.rfqForOwner(user, rfqId);
		FeatureCache.Snapshot all = cache.snapshot();
		Features buyer = all.features().get(rfq.buyerCompanyId());
		// The RFQ speaks for its buyer: same city, languages and markets, but it seeks
		// exactly this product.
		Features seeker = Features.of(buyer.id(), buyer.name(), buyer.placeId(), buyer.countryCode(), List.of(),
				List.of(rfq.hsCode()), List.of(), List.of(), List.of(Offering.SUPPLIER), List.of(rfq.destination()),
				List.of(buyer.languageCodes()), -1);
		return shown(new MatchScorer(cache.ties(lang)).top(seeker, all.index(), excluded(buyer.id()), limit), lang);
	}

	@Override
	@Transactional
	public void hide(TwinportUser user, long hiddenCompanyId) {
		Long acting = companies.actingFor(user);
		if (acting == null) {
			throw new InvalidInputException("company", Reason.of("matchmaking.problem.adminBlocksPairs"));
		}
		companies.row(hiddenCompanyId).orElseThrow(() -> new NotFoundException(Reason.of("matchmaking.problem.noCompany")));
		jdbc.sql("""
				insert into matchmaking.hidden_suggestion (company_id, hidden_company_id) values (:c, :h)
				on conflict do nothing""").param("c", acting).param("h", hiddenCompanyId).update();
	}

	@Override
	@Transactional
	public void block(long a, long b) {
		pair(a, b);
		jdbc.sql("insert into matchmaking.blocked_pair (company_a, company_b) values (:a, :b) on conflict do nothing")
			.param("a", Math.min(a, b))
			.param("b", Math.max(a, b))
			.update();
	}

	@Override
	@Transactional
	public void unblock(long a, long b) {
		pair(a, b);
		jdbc.sql("delete from matchmaking.blocked_pair where company_a = :a and company_b = :b")
			.param("a", Math.min(a, b))
			.param("b", Math.max(a, b))
			.update();
	}

	/** True when the office blocked the pair. */
	boolean blocked(long a, long b) {
		return jdbc.sql("select count(*) from matchmaking.blocked_pair where company_a = :a and company_b = :b")
			.param("a", Math.min(a, b))
			.param("b", Math.max(a, b))
			.query(Long.class)
			.single() > 0;
	}

	private void pair(long a, long b) {
		if (a == b) {
			throw new InvalidInputException("companyB", Reason.of("matchmaking.problem.differentCompanies"));
		}
		companies.row(a).orElseThrow(() -> new InvalidInputException("companyA", Reason.of("matchmaking.problem.notCompany")));
		companies.row(b).orElseThrow(() -> new InvalidInputException("companyB", Reason.of("matchmaking.problem.notCompany")));
	}

	private Set<Long> excluded(long id) {
		Set<Long> out = new HashSet<>(jdbc.sql("""
				select hidden_company_id from matchmaking.hidden_suggestion where company_id = :id
				union select company_b from matchmaking.blocked_pair where company_a = :id
				union select company_a from matchmaking.blocked_pair where company_b = :id""")
			.param("id", id)
			.query(Long.class)
			.list());
		return out;
	}

	private List<Suggestion> shown(List<MatchScorer.Scored> scored, String lang) {
		Map<Long, CompanyService.Row> rows = new java.util.HashMap<>();
		for (CompanyService.Row row : companies.rows(scored.stream().map(s -> s.candidate().id()).toList())) {
			rows.put(row.id(), row);
		}
		Map<Long, NetworkLookup.PlaceRef> places = lookup
			.places(rows.values().stream().map(CompanyService.Row::placeId).distinct().toList(), lang);
		return scored.stream().map(s -> {
			CompanyService.Row row = rows.get(s.candidate().id());
			NetworkLookup.PlaceRef place = row == null ? null : places.get(row.placeId());
			return new Suggestion(s.candidate().id(), s.candidate().name(), place == null ? null : place.name(),
					s.candidate().countryCode(), s.score(),
					s.parts().stream().map(p -> texts.reason(p, lang)).toList());
		}).toList();
	}

}
