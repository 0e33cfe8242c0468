/**
 * Runtime foundation: where Twinport keeps its files, which PostgreSQL it talks to (the
 * embedded one under {@code TWINPORT_HOME} unless {@code TWINPORT_DB_URL} names an
 * external one), request limits, attachments on disk, the audit trail, caches of data
 * shared between nodes and the batched writing of event publications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.twinport.platform;
