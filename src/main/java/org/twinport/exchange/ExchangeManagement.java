package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.twinport.identity.TwinportUser;
import org.twinport.shared.PageResult;

/**
 * Reads and writes exchanges. Readers see public exchanges; staff see all; a partner
 * office also sees the exchanges its own place takes part in, and may create and change
 * those (but not archive them). Every change is audited and tells the network which
 * partners were active.
 */
public interface ExchangeManagement {

	/**
	 * @param reader null for an anonymous reader
	 */
	PageResult<ExchangeView> exchanges(ExchangeQuery query, @Nullable TwinportUser reader, String lang, int page,
			int size);

	/**
	 * @throws org.twinport.shared.NotFoundException when it does not exist or the reader
	 * may not see it
	 */
	ExchangeView exchange(long id, @Nullable TwinportUser reader, String lang);

	/** Timed or dated exchanges that have not ended yet, soonest first. */
	List<ExchangeView> upcoming(@Nullable TwinportUser reader, String lang, int limit);

	ExchangeView create(ExchangeDraft draft, TwinportUser actor, String lang);

	ExchangeView update(long id, ExchangeDraft draft, TwinportUser actor, String lang);

	void archive(long id, TwinportUser actor);

}
