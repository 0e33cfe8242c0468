/** The service provider interface for payment providers. */
@org.springframework.modulith.NamedInterface("spi")
package org.twinport.ordering.spi;
