package org.twinport.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.LanguageCode;

/**
 * Creates accounts under the rules of who may have one (username form, password length,
 * a partner place only for partner offices, a company only for merchants) and finds them
 * for sign-in; the one writer of {@code identity.account}.
 */
@Service
class AccountManagementService implements AccountManagement, UserDetailsService {

	private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,62}$");

	private static final int MIN_PASSWORD_LENGTH = 12;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	AccountManagementService(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public TwinportUser create(NewAccount account) {
		String username = normalize(account.username());
		if (!isPossibleUsername(username)) {
			throw new IllegalArgumentException("username must be 2 to 63 lower-case letters, digits, '.', '_' or '-'");
		}
		if (account.password() == null || account.password().length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if ((account.role() == Role.PARTNER_OFFICE) != (account.partnerPlaceId() != null)) {
			throw new IllegalArgumentException("a partner place is required for, and only for, PARTNER_OFFICE");
		}
		if ((account.role() == Role.MERCHANT) != (account.companyId() != null)) {
			throw new IllegalArgumentException("a company is required for, and only for, MERCHANT");
		}
		if (exists(username)) {
			throw new IllegalArgumentException("username '" + username + "' is taken");
		}
		jdbc.sql(
				"""
						insert into identity.account (username, password_hash, role, display_name, partner_place_id, company_id, demo)
						values (:username, :hash, :role, :displayName, :partnerPlaceId, :companyId, :demo)
						""")
			.param("username", username)
			.param("hash", passwords.encode(account.password()))
			.param("role", account.role().name())
			.param("displayName", account.displayName() == null ? username : account.displayName())
			.param("partnerPlaceId", account.partnerPlaceId())
			.param("companyId", account.companyId())
			.param("demo", account.demo())
			.update();
		return findByUsername(username).orElseThrow();
	}

	@Override
	public Optional<TwinportUser> findByUsername(String username) {
		return jdbc.sql("""
				select id, username, display_name, role, partner_place_id, company_id, enabled, password_hash
				from identity.account where username = :username
				""")
			.param("username", normalize(username))
			.query((rs, n) -> new TwinportUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), (Long) rs.getObject("partner_place_id"),
					(Long) rs.getObject("company_id"), rs.getBoolean("enabled"), rs.getString("password_hash")))
			.optional();
	}

	@Override
	public boolean exists(String username) {
		return jdbc.sql("select count(*) from identity.account where username = :username")
			.param("username", normalize(username))
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public Optional<String> uiLanguage(long accountId) {
		return jdbc.sql("select ui_language from identity.account where id = :id")
			.param("id", accountId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(language -> language);
	}

	@Override
	public void chooseUiLanguage(long accountId, @Nullable String languageCode) {
		String language = languageCode == null ? null : LanguageCode.of("language", languageCode).value();
		jdbc.sql("""
				update identity.account set ui_language = :language
				where id = :id and ui_language is distinct from :language
				""").param("language", language).param("id", accountId).update();
	}

	@Override
	public TwinportUser loadUserByUsername(String username) {
		return findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	/** Whether an account could have this (normalized) username. */
	static boolean isPossibleUsername(String username) {
		return USERNAME.matcher(username).matches();
	}

	static String normalize(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
