package org.twinport.matchmaking;

/** What a company offers to, or seeks from, a counterpart. */
public enum Offering {

	DISTRIBUTION_PARTNER, SUPPLIER, BUYER, INVESTMENT, TECHNOLOGY

}
