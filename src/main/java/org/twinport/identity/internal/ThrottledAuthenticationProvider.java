package org.twinport.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, for the form and for token requests alike, behind the
 * {@link LoginAddressLimit} and the {@link LoginThrottle}. Both count the attempt before
 * the password is checked (as failed), and forget it only if it succeeds.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final LoginAddressLimit addresses;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle,
			LoginAddressLimit addresses) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.addresses = addresses;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		LoginAddressLimit.Attempt fromAddress = addresses.begin(remoteAddress(authentication));
		String username = AccountManagementService.normalize(authentication.getName());
		if (!AccountManagementService.isPossibleUsername(username)) {
			// No account can have it: refused without a row, whatever its length.
			throw new BadCredentialsException("Bad credentials");
		}
		throttle.beginAttempt(username);
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (RuntimeException ex) {
			throttle.failed(username);
			throw ex;
		}
		throttle.succeeded(username);
		addresses.succeeded(fromAddress);
		return result;
	}

	/**
	 * The client's address, which the form login's filter and the token API put in the
	 * details.
	 */
	private static String remoteAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		throw new IllegalStateException("A password sign-in must carry the client's address in its details");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
