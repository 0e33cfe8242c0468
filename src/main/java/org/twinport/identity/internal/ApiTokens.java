package org.twinport.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.platform.GroupCommit;
import org.twinport.platform.SharedDataCaches;

/**
 * Opaque bearer tokens. Only a SHA-256 digest is stored: the token itself is shown once,
 * at creation.
 */
@Component
public class ApiTokens implements DisposableBean {

	static final String PREFIX = "tp_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	/**
	 * Tokens this node has recently found valid, by digest, so that most requests need no
	 * statement: an entry is trusted for {@link #cacheNanos}, under the rule of
	 * {@link SharedDataCaches} (revoking on this node drops
	 * it at once; on another node it lapses within that time), and the token's last use
	 * is written at most once a minute, as the column is kept to the minute.
	 */
	private final ConcurrentHashMap<ByteBuffer, Known> known = new ConcurrentHashMap<>();

	private record Known(TwinportUser user, long checkedAt, long touchedAt) {
	}

	private static final long TOUCH_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

	private static final int MAX_KNOWN = 100_000;

	private final long cacheNanos;

	/**
	 * Last uses are written in the background, those of many tokens in one statement: a
	 * request does not wait for a column kept for the owner's information.
	 */
	private final GroupCommit<byte[], Boolean> lastUses;

	/**
	 * Tokens this node does not know yet, looked up together with the others arriving at
	 * the same time: one statement for many first requests.
	 */
	private final GroupCommit<byte[], Optional<TwinportUser>> lookups;

	/**
	 * @param cache how long a checked token is trusted: the time to live of
	 * {@link SharedDataCaches} unless {@code twinport.api.token-cache} sets another
	 */
	ApiTokens(JdbcClient jdbc, @Value("${twinport.api.token-cache:${twinport.cache.shared-data-ttl:5s}}") Duration cache) {
		this.jdbc = jdbc;
		this.cacheNanos = cache.toNanos();
		this.lastUses = new GroupCommit<>("token-last-use", 1, 1000, Duration.ofMillis(50), this::touch);
		this.lookups = new GroupCommit<>("token-lookup", 1, 256, this::lookUp);
	}

	@Override
	public void destroy() {
		lookups.close();
		lastUses.close();
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
		List<byte[]> revoked = jdbc.sql("""
				update identity.api_token set revoked_at = now()
				where id = :id and account_id = :account and revoked_at is null
				returning token_hash
				""").param("id", tokenId).param("account", accountId).query(byte[].class).list();
		revoked.forEach(hash -> known.remove(ByteBuffer.wrap(hash)));
		return !revoked.isEmpty();
	}

	public Optional<TwinportUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		byte[] hash = digest(token);
		ByteBuffer key = ByteBuffer.wrap(hash);
		long now = System.nanoTime();
		Known cached = known.get(key);
		if (cached != null && now - cached.checkedAt() < cacheNanos) {
			return Optional.of(cached.user());
		}
		Optional<TwinportUser> user = lookups.submit(hash);
		if (user.isEmpty()) {
			known.remove(key);
			return user;
		}
		long touchedAt = cached == null ? now - TOUCH_EVERY_NANOS : cached.touchedAt();
		if (now - touchedAt >= TOUCH_EVERY_NANOS) {
			lastUses.submitAndForget(hash);
			touchedAt = now;
		}
		if (known.size() >= MAX_KNOWN) {
			known.clear();
		}
		known.put(key, new Known(user.get(), now, touchedAt));
		return user;
	}

	/**
	 * The accounts of live tokens, for all the tokens being looked up at the same time in
	 * one statement.
	 */
	private List<Optional<TwinportUser>> lookUp(List<byte[]> hashes) {
		Map<ByteBuffer, TwinportUser> found = new HashMap<>();
		jdbc.sql("""
				select t.token_hash, a.id, a.username, a.display_name, a.role, a.partner_place_id, a.company_id
				from identity.api_token t join identity.account a on a.id = t.account_id
				where t.token_hash in (select decode(h, 'hex') from unnest(cast(:hashes as text[])) h)
				  and t.revoked_at is null and a.enabled""")
			.param("hashes", hex(hashes))
			.query((rs, n) -> found.put(ByteBuffer.wrap(rs.getBytes(1)),
					new TwinportUser(rs.getLong(2), rs.getString(3), rs.getString(4), Role.valueOf(rs.getString(5)),
							(Long) rs.getObject(6), (Long) rs.getObject(7), true, null)))
			.list();
		return hashes.stream().map(hash -> Optional.ofNullable(found.get(ByteBuffer.wrap(hash)))).toList();
	}

	private List<Boolean> touch(List<byte[]> hashes) {
		jdbc.sql("""
				update identity.api_token set last_used_at = now()
				where token_hash in (select decode(h, 'hex') from unnest(cast(:hashes as text[])) h)
				  and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
			.param("hashes", hex(hashes))
			.update();
		return Collections.nCopies(hashes.size(), Boolean.TRUE);
	}

	/**
	 * Digests as hex text for {@code unnest(cast(:hashes as text[]))}, decoded back in
	 * the statement: text arrays bind the same way on every driver version.
	 */
	private static String[] hex(List<byte[]> hashes) {
		return hashes.stream().map(HexFormat.of()::formatHex).toArray(String[]::new);
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
