package org.twinport.insight;

/** Seen from the reporter: goods coming in or going out. */
public enum FlowDirection {

	IMPORT, EXPORT

}
