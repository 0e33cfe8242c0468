package org.twinport.network;

public enum PartnershipStatus {

	PROPOSED, ACTIVE, DORMANT, SUSPENDED, ENDED

}
