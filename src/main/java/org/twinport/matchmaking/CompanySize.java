package org.twinport.matchmaking;

/**
 * Size bands after the EU SME definition: micro (under 10 staff), small (under 50),
 * medium (under 250), large.
 */
public enum CompanySize {

	MICRO, SMALL, MEDIUM, LARGE

}
