/** The service provider interface for payment providers. */
@org.springframework.modulith.NamedInterface("spi")
@org.jspecify.annotations.NullMarked
package org.twinport.ordering.spi;
