package org.twinport.network;

import org.twinport.identity.TwinportUser;

/**
 * Changes to the registry's partnerships, on behalf of a signed-in user whose tenant
 * binding is enforced here. Every change is written to the audit trail.
 */
public interface NetworkManagement {

	/**
	 * Sets a partnership's status. Staff may change any; a partner office only its own
	 * place's ties.
	 * @throws org.twinport.shared.NotFoundException when the partnership does not exist
	 * or is not the caller's
	 */
	PartnershipView changeStatus(long partnershipId, PartnershipStatus status, TwinportUser actor, String lang);

	/**
	 * Staff only. @throws org.twinport.shared.InvalidInputException naming the field that
	 * breaks a rule
	 */
	PartnershipView create(PartnershipDraft draft, TwinportUser actor, String lang);

	/**
	 * Staff may change everything; a partner office only the status, fields of
	 * cooperation, notes and contacts of its own place's ties.
	 * @throws org.twinport.shared.NotFoundException when the partnership does not exist
	 * or is not the caller's
	 */
	PartnershipView update(long partnershipId, PartnershipDraft draft, TwinportUser actor, String lang);

	/**
	 * Staff only: hides the partnership from the directory and the figures, keeping its
	 * history.
	 */
	void archive(long partnershipId, TwinportUser actor);

}
