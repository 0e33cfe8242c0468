package org.twinport.identity;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as other modules see it: its role and the tenant it is bound to.
 * {@code partnerPlaceId} is set for {@link Role#PARTNER_OFFICE}, {@code companyId} for
 * {@link Role#MERCHANT}.
 */
public final class TwinportUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final @Nullable Long partnerPlaceId;

	private final @Nullable Long companyId;

	private final boolean enabled;

	private @Nullable String passwordHash;

	public TwinportUser(long id, String username, String displayName, Role role, @Nullable Long partnerPlaceId,
			@Nullable Long companyId, boolean enabled, @Nullable String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.partnerPlaceId = partnerPlaceId;
		this.companyId = companyId;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public boolean is(Role candidate) {
		return role == candidate;
	}

	/** The partner place of a PARTNER_OFFICE account; null for every other role. */
	public @Nullable Long partnerPlaceId() {
		return partnerPlaceId;
	}

	/** The catalog merchant a MERCHANT account acts for; null for every other role. */
	public @Nullable Long companyId() {
		return companyId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "TwinportUser[" + username + ", " + role + "]";
	}

}
