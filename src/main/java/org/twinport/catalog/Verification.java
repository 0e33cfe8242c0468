package org.twinport.catalog;

/** A merchant's standing, set by ADMIN. Only verified merchants' products are public. */
public enum Verification {

	PENDING, VERIFIED, SUSPENDED

}
