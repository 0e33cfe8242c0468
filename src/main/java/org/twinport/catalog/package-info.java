/**
 * The marketplace's sellers and what they list. For now: merchants (companies) of the
 * home city and of partner places, with their verification status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.twinport.catalog;
