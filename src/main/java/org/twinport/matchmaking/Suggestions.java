package org.twinport.matchmaking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinport.identity.TwinportUser;

/**
 * Explainable suggestions. Signals: HS and sector overlap, offer/seek complementarity,
 * markets, shared languages, partnership ties between the companies' cities, and how
 * often the counterpart answers meeting requests. A company never sees itself, companies
 * it hid, or pairs the office blocked.
 */
public interface Suggestions {

	/**
	 * @param companyId the company to suggest for; MERCHANT and BUYER may only name their
	 * own (or null for it)
	 */
	List<Suggestion> counterparts(TwinportUser user, @Nullable Long companyId, String lang, int limit);

	/** Suppliers for an RFQ; only its buyer and ADMIN may ask. */
	List<Suggestion> suppliers(TwinportUser user, long rfqId, String lang, int limit);

	/** Hides a company from the acting company's suggestions. */
	void hide(TwinportUser user, long hiddenCompanyId);

	/** ADMIN: blocks a pair both ways, in suggestions and in meeting requests. */
	void block(long companyA, long companyB);

	void unblock(long companyA, long companyB);

}
