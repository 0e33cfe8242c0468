package org.twinport.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;

/**
 * Opaque bearer tokens. Only a SHA-256 digest is stored: the token itself is shown once,
 * at creation.
 */
@Component
public class ApiTokens {

	static final String PREFIX = "tp_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	/**
	 * When this node last wrote a token's last use, by digest: the column is kept to the
	 * minute, so most requests need no statement for it.
	 */
	private final java.util.concurrent.ConcurrentHashMap<java.nio.ByteBuffer, Long> touched = new java.util.concurrent.ConcurrentHashMap<>();

	private static final long TOUCH_EVERY_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

	private static final int MAX_TOUCHED = 100_000;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record IssuedToken(long id, String name, String token, Instant createdAt) {
	}

	public record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	@Transactional
	public IssuedToken issue(long accountId, String name) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return jdbc.sql("""
				insert into identity.api_token (account_id, name, token_hash, token_prefix)
				values (:account, :name, :hash, :prefix) returning id, created_at
				""")
			.param("account", accountId)
			.param("name", name)
			.param("hash", digest(token))
			.param("prefix", token.substring(0, 8))
			.query((rs, n) -> new IssuedToken(rs.getLong(1), name, token,
					rs.getObject(2, OffsetDateTime.class).toInstant()))
			.single();
	}

	public List<TokenInfo> list(long accountId) {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, last_used_at, revoked_at
				from identity.api_token where account_id = :account order by created_at desc, id desc
				""")
			.param("account", accountId)
			.query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
					instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class)),
					instant(rs.getObject(6, OffsetDateTime.class))))
			.list();
	}

	/** Revokes one of the account's own tokens; false when it has no such live token. */
	public boolean revoke(long accountId, long tokenId) {
		return jdbc.sql("""
				update identity.api_token set revoked_at = now()
				where id = :id and account_id = :account and revoked_at is null
				""").param("id", tokenId).param("account", accountId).update() == 1;
	}

	public Optional<TwinportUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		byte[] hash = digest(token);
		Optional<TwinportUser> user = jdbc.sql("""
				select a.id, a.username, a.display_name, a.role, a.partner_place_id, a.company_id
				from identity.api_token t join identity.account a on a.id = t.account_id
				where t.token_hash = :hash and t.revoked_at is null and a.enabled
				""")
			.param("hash", hash)
			.query((rs, n) -> new TwinportUser(rs.getLong(1), rs.getString(2), rs.getString(3),
					Role.valueOf(rs.getString(4)), (Long) rs.getObject(5), (Long) rs.getObject(6), true, null))
			.optional();
		user.ifPresent(u -> touch(hash));
		return user;
	}

	private void touch(byte[] hash) {
		long now = System.nanoTime();
		java.nio.ByteBuffer key = java.nio.ByteBuffer.wrap(hash);
		Long last = touched.get(key);
		if (last != null && now - last < TOUCH_EVERY_NANOS) {
			return;
		}
		if (touched.size() >= MAX_TOUCHED) {
			touched.clear();
		}
		touched.put(key, now);
		jdbc.sql("""
				update identity.api_token set last_used_at = now()
				where token_hash = :hash and (last_used_at is null or last_used_at < now() - interval '1 minute')
				""").param("hash", hash).update();
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
