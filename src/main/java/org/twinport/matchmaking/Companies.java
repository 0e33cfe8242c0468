package org.twinport.matchmaking;

import java.util.List;

import org.twinport.identity.TwinportUser;

/**
 * Company profiles. A MERCHANT account acts for the profile of its catalog merchant
 * ({@link TwinportUser#companyId()} is the merchant id), which exists as soon as the
 * merchant does. A BUYER account owns at most one buying company, created with
 * {@link #saveMine}. The office (ADMIN) may register buying companies it manages itself
 * (no account owns them, for example the samples), and may read and change every profile;
 * a partner office acts for no company.
 */
public interface Companies {

	List<CompanyProfile> all(String lang);

	/**
	 * @throws org.twinport.shared.NotFoundException when there is no such company
	 */
	CompanyProfile company(long id, String lang);

	/**
	 * The company the user acts for.
	 * @throws org.twinport.shared.NotFoundException when a BUYER has not created one yet
	 * @throws org.springframework.security.access.AccessDeniedException for roles that
	 * act for no company
	 */
	CompanyProfile mine(TwinportUser user, String lang);

	/** Creates or replaces the profile of the company the user acts for. */
	CompanyProfile saveMine(TwinportUser user, ProfileDraft draft, String lang);

	/** ADMIN: replaces any profile. */
	CompanyProfile save(long id, ProfileDraft draft, String lang);

	/** ADMIN: registers a buying company managed by the office. */
	CompanyProfile register(ProfileDraft draft, boolean demo, String lang);

	/**
	 * The profile of a catalog merchant (created from the merchant's data if it had
	 * none).
	 */
	CompanyProfile ofMerchant(long merchantId, String lang);

	/**
	 * Makes sure every catalog merchant has a profile (a default one built from the
	 * merchant's data).
	 */
	int syncMerchants();

}
