package org.twinport.catalog;

/** Publishing status: only active products of verified merchants are shown to buyers. */
public enum ProductStatus {

	DRAFT, ACTIVE, ARCHIVED

}
