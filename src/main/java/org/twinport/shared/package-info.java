/**
 * Value types and small helpers every module may use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		displayName = "Shared")
@org.jspecify.annotations.NullMarked
package org.twinport.shared;
