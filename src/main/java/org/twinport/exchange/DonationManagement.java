package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.twinport.identity.TwinportUser;

/**
 * Donations. Public ones are readable by anyone; staff see all, a partner office also
 * those its place gave or received. Only staff write them; every change is audited.
 */
public interface DonationManagement {

	/**
	 * @param partner a place code, to list only what that place gave or received; null
	 * for all
	 */
	List<DonationView> donations(@Nullable String partner, @Nullable TwinportUser reader, String lang);

	DonationView donation(long id, @Nullable TwinportUser reader, String lang);

	DonationView create(DonationDraft draft, TwinportUser actor, String lang);

	DonationView update(long id, DonationDraft draft, TwinportUser actor, String lang);

	void archive(long id, TwinportUser actor);

}
