package org.twinport.catalog.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;

/**
 * Which merchant's data a caller may touch: ADMIN all ({@code null}), a merchant only its
 * own company's.
 */
final class MerchantScope {

	private MerchantScope() {
	}

	static @Nullable Long of(TwinportUser user) {
		if (user.is(Role.ADMIN)) {
			return null;
		}
		if (user.is(Role.MERCHANT) && user.companyId() != null) {
			return user.companyId();
		}
		throw new AccessDeniedException("Not bound to a merchant");
	}

}
