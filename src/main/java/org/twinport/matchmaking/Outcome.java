package org.twinport.matchmaking;

/** What one side says happened at a meeting. */
public enum Outcome {

	HELD, NO_SHOW, FOLLOW_UP

}
