package org.twinport.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Told when a person signs in on the pages, before the redirect that follows, so that
 * what belongs to the account (its interface language) can be set on the response.
 */
public interface SignInListener {

	void signedIn(TwinportUser user, HttpServletRequest request, HttpServletResponse response);

}
