package org.twinport.matchmaking.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.QuoteDraft;
import org.twinport.matchmaking.QuoteView;
import org.twinport.matchmaking.RfqDraft;
import org.twinport.matchmaking.RfqStatus;
import org.twinport.matchmaking.RfqView;
import org.twinport.matchmaking.Sourcing;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

/**
 * Sourcing for the acting company: decides who may see an RFQ or quote, then has the
 * {@link Rfq} make each change, {@link RfqStore} write it and the publisher send its
 * events ({@link org.twinport.matchmaking.QuoteAccepted} to ordering).
 */
@Service
public class SourcingService implements Sourcing {

	private final RfqStore store;

	private final RfqViews views;

	private final CompanyService companies;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	SourcingService(RfqStore store, RfqViews views, CompanyService companies, ApplicationEventPublisher events) {
		this.store = store;
		this.views = views;
		this.companies = companies;
		this.events = events;
	}

	@Override
	@Transactional
	public RfqView create(TwinportUser user, RfqDraft draft) {
		long buyer = acting(user);
		long id = store.create(buyer, SourcingRules.checked(draft, today()));
		return rfq(user, id);
	}

	@Override
	public List<RfqView> rfqs(TwinportUser user) {
		Long company = companies.actingForOrNull(user);
		if (company == null && user.is(Role.ADMIN)) {
			return views.all();
		}
		return views.openOr(company == null ? -1 : company);
	}

	@Override
	public RfqView rfq(TwinportUser user, long id) {
		Long company = companies.actingForOrNull(user);
		boolean admin = user.is(Role.ADMIN);
		RfqView rfq = views.rfq(id, buyer -> admin || company != null && buyer == company);
		if (!admin && rfq.status() != RfqStatus.OPEN && rfq.quoteCount() == null
				&& (company == null || views.quote(id, company).isEmpty())) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noRfq"));
		}
		return rfq;
	}

	@Override
	@Transactional
	public RfqView close(TwinportUser user, long id) {
		ownedRfq(user, id);
		Rfq rfq = store.lockForChange(id);
		rfq.close();
		saveAndPublish(rfq);
		return rfq(user, id);
	}

	@Override
	@Transactional
	public QuoteView quote(TwinportUser user, long rfqId, QuoteDraft draft) {
		long supplier = acting(user);
		rfq(user, rfqId);
		QuoteDraft terms = SourcingRules.checked(draft, today());
		Rfq rfq = store.lockForChange(rfqId);
		rfq.submitQuote(supplier, merchantOf(supplier), terms);
		saveAndPublish(rfq);
		return views.quote(rfqId, supplier).orElseThrow();
	}

	@Override
	@Transactional
	public QuoteView revise(TwinportUser user, long quoteId, QuoteDraft draft) {
		long supplier = acting(user);
		QuoteView quote = views.quote(quoteId);
		if (quote.supplierCompanyId() != supplier) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noQuote"));
		}
		QuoteDraft terms = SourcingRules.checked(draft, today());
		Rfq rfq = store.lockForChange(quote.rfqId());
		rfq.reviseQuote(quoteId, terms);
		saveAndPublish(rfq);
		return views.quote(quoteId);
	}

	@Override
	public List<QuoteView> quotes(TwinportUser user, long rfqId) {
		RfqView rfq = rfq(user, rfqId);
		Long company = companies.actingForOrNull(user);
		if (user.is(Role.ADMIN) || company != null && rfq.buyerCompanyId() == company) {
			return views.quotes(rfqId);
		}
		return company == null ? List.of() : views.quote(rfqId, company).stream().toList();
	}

	@Override
	@Transactional
	public RfqView accept(TwinportUser user, long quoteId) {
		long buyer = acting(user);
		QuoteView quote = views.quote(quoteId);
		RfqView view = ownedRfq(user, quote.rfqId());
		if (view.buyerCompanyId() != buyer) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noQuote"));
		}
		Rfq rfq = store.lockForChange(view.id());
		rfq.award(quoteId, user.id(), today());
		saveAndPublish(rfq);
		return rfq(user, view.id());
	}

	/** The RFQ as stored, for supplier suggestions. */
	public RfqView rfqForOwner(TwinportUser user, long id) {
		return ownedRfq(user, id);
	}

	private void saveAndPublish(Rfq rfq) {
		store.save(rfq);
		rfq.events().forEach(events::publishEvent);
	}

	private RfqView ownedRfq(TwinportUser user, long id) {
		RfqView rfq = rfq(user, id);
		if (rfq.quoteCount() == null) {
			throw new NotFoundException(Reason.of("matchmaking.problem.noRfq"));
		}
		return rfq;
	}

	private long acting(TwinportUser user) {
		Long company = companies.actingFor(user);
		if (company == null) {
			throw new InvalidInputException("company", Reason.of("matchmaking.problem.adminSignsInAsCompany"));
		}
		return company;
	}

	private Long merchantOf(long company) {
		return companies.row(company).map(CompanyService.Row::merchantId).orElse(null);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
