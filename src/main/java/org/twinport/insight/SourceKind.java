package org.twinport.insight;

/**
 * The two sources of flows, never added together: official figures are public,
 * marketplace figures staff-only.
 */
public enum SourceKind {

	/**
	 * Official statistics imported from files (customs, UN Comtrade, or synthetic demo
	 * statistics).
	 */
	OFFICIAL,
	/** Derived from paid and refunded marketplace orders. */
	MARKETPLACE

}
