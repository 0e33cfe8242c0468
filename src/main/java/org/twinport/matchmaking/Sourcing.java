package org.twinport.matchmaking;

import java.util.List;

import org.twinport.identity.TwinportUser;

/**
 * Sourcing requests (RFQs) and quotes. Signed-in companies see open RFQs; quotes are
 * visible only to the RFQ's buyer, the quoting supplier and ADMIN. A supplier quotes once
 * per RFQ and may revise that quote once. Accepting a quote awards the RFQ and publishes
 * {@link QuoteAccepted}.
 */
public interface Sourcing {

	RfqView create(TwinportUser user, RfqDraft draft);

	/**
	 * Open RFQs for everyone signed in; the acting company's own RFQs in every status
	 * too.
	 */
	List<RfqView> rfqs(TwinportUser user);

	RfqView rfq(TwinportUser user, long id);

	RfqView close(TwinportUser user, long id);

	QuoteView quote(TwinportUser user, long rfqId, QuoteDraft draft);

	QuoteView revise(TwinportUser user, long quoteId, QuoteDraft draft);

	List<QuoteView> quotes(TwinportUser user, long rfqId);

	RfqView accept(TwinportUser user, long quoteId);

}
