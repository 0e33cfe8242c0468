package org.twinport.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Creates accounts and finds them; the only way other modules touch accounts. */
public interface AccountManagement {

	/**
	 * Creates an account with the given password, hashed with Argon2id.
	 * @throws IllegalArgumentException when the username is taken or malformed, or the
	 * binding does not fit the role
	 */
	TwinportUser create(NewAccount account);

	Optional<TwinportUser> findByUsername(String username);

	boolean exists(String username);

	/** The interface language the account chose (ISO 639-1), if it chose one. */
	Optional<String> uiLanguage(long accountId);

	/**
	 * Remembers the interface language the person chose on their account page, restored at
	 * every sign-in; null forgets it.
	 */
	void chooseUiLanguage(long accountId, @Nullable String languageCode);

	/**
	 * @param partnerPlaceId required for {@link Role#PARTNER_OFFICE}, otherwise null
	 * @param companyId required for {@link Role#MERCHANT}, otherwise null
	 * @param demo whether this account belongs to the demo dataset
	 */
	record NewAccount(String username, String password, String displayName, Role role,
			@Nullable Long partnerPlaceId, @Nullable Long companyId, boolean demo) {
	}

}
