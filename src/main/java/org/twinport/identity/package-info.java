/**
 * Accounts, roles, API tokens and sign-in. Other modules learn who is asking through
 * {@link org.twinport.identity.TwinportUser} and declare their anonymous-readable paths
 * with {@link org.twinport.identity.PublicPaths}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "shared", "platform" })
@org.jspecify.annotations.NullMarked
package org.twinport.identity;
