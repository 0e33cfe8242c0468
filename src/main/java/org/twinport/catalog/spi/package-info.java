/**
 * What other modules provide to the catalog without the catalog depending on them: which
 * markets a product cannot be sold to.
 */
@org.springframework.modulith.NamedInterface("spi")
@org.jspecify.annotations.NullMarked
package org.twinport.catalog.spi;
