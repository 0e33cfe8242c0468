package org.twinport.identity;

/**
 * What an account may do. Each role is bound to at most one tenant: a partner place or a
 * company.
 */
public enum Role {

	/** The home city's international office: sees and manages everything. */
	ADMIN,
	/** A partner city's office, bound to that place. */
	PARTNER_OFFICE,
	/** A business that sells, bound to its company. */
	MERCHANT,
	/** Someone who buys in the marketplace. */
	BUYER;

	public String authority() {
		return "ROLE_" + name();
	}

}
