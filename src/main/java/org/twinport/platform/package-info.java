/**
 * Runtime foundation: where Twinport keeps its files, which PostgreSQL it talks to (the
 * embedded one under {@code TWINPORT_HOME} unless {@code TWINPORT_DB_URL} names an
 * external one), and request limits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.twinport.platform;
