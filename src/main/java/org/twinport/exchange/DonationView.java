package org.twinport.exchange;

import org.jspecify.annotations.Nullable;
import java.util.List;

/** A donation for reading; parties are resolved to names in the reader's language. */
public record DonationView(long id, @Nullable String code, @Nullable Long exchangeId, DonationDraft.Direction direction,
		Party donor, Party recipient, @Nullable String recipientCountry, DonationDraft.Status status,
		@Nullable String pledgedOn, @Nullable String shippedOn, @Nullable String deliveredOn, @Nullable String notes,
		boolean isPublic, boolean archived, boolean demo, List<DonationDraft.Item> items) {

	/**
	 * @param type PLACE, ORGANIZATION or NAME; null fields when the party is not recorded
	 */
	public record Party(@Nullable String type, @Nullable String code, @Nullable String name) {
	}

}
