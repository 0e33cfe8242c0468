package org.twinport.exchange;

import java.util.List;

/** A donation for reading; parties are resolved to names in the reader's language. */
public record DonationView(long id, String code, Long exchangeId, DonationDraft.Direction direction, Party donor,
		Party recipient, String recipientCountry, DonationDraft.Status status, String pledgedOn, String shippedOn,
		String deliveredOn, String notes, boolean isPublic, boolean archived, boolean demo,
		List<DonationDraft.Item> items) {

	/**
	 * @param type PLACE, ORGANIZATION or NAME; null fields when the party is not recorded
	 */
	public record Party(String type, String code, String name) {
	}

}
