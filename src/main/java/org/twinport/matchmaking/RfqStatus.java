package org.twinport.matchmaking;

public enum RfqStatus {

	OPEN, CLOSED, AWARDED

}
