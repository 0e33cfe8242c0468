package org.twinport.network;

import org.twinport.identity.TwinportUser;

/** Changes to the registry, on behalf of a signed-in user whose tenant binding is enforced here. */
public interface NetworkManagement {

	/**
	 * Sets a partnership's status. Staff may change any; a partner office only its own place's ties.
	 * @throws org.twinport.shared.NotFoundException when the partnership does not exist or is not the caller's
	 */
	PartnershipView changeStatus(long partnershipId, PartnershipStatus status, TwinportUser actor, String lang);

}
