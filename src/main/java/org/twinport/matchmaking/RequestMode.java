package org.twinport.matchmaking;

/**
 * APPROVAL: the requested company accepts or declines. AUTOMATIC: a request is accepted
 * as it is sent.
 */
public enum RequestMode {

	APPROVAL, AUTOMATIC

}
