package org.twinport.matchmaking;

public enum RequestStatus {

	REQUESTED, ACCEPTED, DECLINED, CANCELLED

}
