package org.twinport.ordering.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.ordering.Review;
import org.twinport.pricing.LandedCost;
import org.twinport.shared.Money;

/**
 * The only writer of {@code ordering.checkout_review} and {@code ordering.checkout}: the
 * reviews buyers are shown, and the checkouts claimed under each buyer's
 * Idempotency-Key (retail checkouts, and B2B orders from accepted quotes). Reviews being
 * placed at the same time are read in one statement, and a batch of checkouts is claimed
 * in one.
 */
@Component
class CheckoutStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PrewrittenQuotes documents;

	CheckoutStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.documents = new PrewrittenQuotes(json);
	}

	/**
	 * The review as its row keeps it, UTF-8 JSON, with its quotes as pricing wrote them
	 * for their own rows.
	 */
	byte[] document(Review review, List<LandedCost.Unkept> quotes) {
		return documents.write(review, quotes);
	}

	/** A review to store, with its document as {@link #document} wrote it. */
	record ReviewRow(long accountId, Review review, byte[] document) {
	}

	/**
	 * Stores reviews in one statement, each document sent as the bytes it was written to.
	 * @return each row's version ({@code xmin}), which {@link ReviewCache} keys on, in the
	 * order of the rows
	 */
	List<String> insert(List<ReviewRow> rows) {
		StringBuilder sql = new StringBuilder("""
				insert into ordering.checkout_review (id, account_id, cart_version, market, currency, address,
				  consignments, total, expires_at) values
				""");
		List<Object> params = new ArrayList<>(rows.size() * 9);
		for (int i = 0; i < rows.size(); i++) {
			ReviewRow row = rows.get(i);
			Review review = row.review();
			sql.append(i == 0 ? "" : ",\n")
				.append("(?, ?, ?, ?, ?, cast(? as jsonb), cast(convert_from(?, 'UTF8') as json), ?, ?)");
			params.add(review.id());
			params.add(row.accountId());
			params.add(review.cartVersion());
			params.add(review.market());
			params.add(review.currency());
			params.add(json.writeValueAsString(review.address()));
			params.add(row.document());
			params.add(review.total().amount());
			params.add(OffsetDateTime.ofInstant(review.expiresAt(), ZoneOffset.UTC));
		}
		sql.append("\nreturning id, xmin::text");
		Map<UUID, String> versions = new HashMap<>();
		jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> versions.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return rows.stream().map(row -> versions.get(row.review().id())).toList();
	}

	Optional<Review> review(long accountId, UUID reviewId) {
		return jdbc.sql("select consignments::text from ordering.checkout_review where id = :id and account_id = :a")
			.param("id", reviewId)
			.param("a", accountId)
			.query(String.class)
			.optional()
			.map(this::parse);
	}

	Review parse(String document) {
		return json.readValue(document, Review.class);
	}

	record ReviewRead(UUID id, long accountId, String cachedVersion) {
	}

	/** The row's version, and its document unless it is the version cached. */
	record StoredReview(String version, @Nullable String document) {
	}

	/**
	 * The reviews being placed at the same time, read in one statement; each request
	 * thread then parses its own. By review and account: a review asked for by another
	 * account than its buyer's is not found for that one, even when its buyer asks for it
	 * in the same batch.
	 */
	List<Optional<StoredReview>> readReviews(List<ReviewRead> reads) {
		Map<ReviewRead, StoredReview> found = new HashMap<>();
		jdbc.sql("""
				select r.id, r.account_id, u.cached, r.xmin::text,
				  case when r.xmin::text = u.cached then null else r.consignments::text end
				from unnest(cast(:ids as uuid[]), cast(:accounts as bigint[]), cast(:cached as text[]))
				  as u(id, account_id, cached)
				join ordering.checkout_review r on r.id = u.id and r.account_id = u.account_id""")
			.param("ids", reads.stream().map(read -> read.id().toString()).toArray(String[]::new))
			.param("accounts", reads.stream().map(ReviewRead::accountId).toArray(Long[]::new))
			.param("cached", reads.stream().map(ReviewRead::cachedVersion).toArray(String[]::new))
			.query((rs, n) -> found.put(new ReviewRead(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3)),
					new StoredReview(rs.getString(4), rs.getString(5))))
			.list();
		return reads.stream().map(read -> Optional.ofNullable(found.get(read))).toList();
	}

	/** A checkout to claim under its buyer's Idempotency-Key. */
	record Claim(String reference, long accountId, String idempotencyKey, UUID reviewId, Money total) {
	}

	/**
	 * Claims the keys of a batch of checkouts in one statement. A concurrent request with
	 * the same key waits on the unique index until the first one commits or rolls back;
	 * then it either finds that checkout or claims its own.
	 * @return the references of the checkouts whose keys were fresh
	 */
	Set<String> claim(List<Claim> claims) {
		return new HashSet<>(jdbc.sql("""
				insert into ordering.checkout (reference, account_id, idempotency_key, review_id, currency, total)
				select * from unnest(cast(:refs as text[]), cast(:accounts as bigint[]), cast(:keys as text[]),
				  cast(:reviews as uuid[]), cast(:currencies as text[]), cast(:totals as numeric[]))
				on conflict (account_id, idempotency_key) do nothing
				returning reference""")
			.param("refs", claims.stream().map(Claim::reference).toArray(String[]::new))
			.param("accounts", claims.stream().map(Claim::accountId).toArray(Long[]::new))
			.param("keys", claims.stream().map(Claim::idempotencyKey).toArray(String[]::new))
			.param("reviews", claims.stream().map(c -> c.reviewId().toString()).toArray(String[]::new))
			.param("currencies", claims.stream().map(c -> c.total().currency()).toArray(String[]::new))
			.param("totals", claims.stream().map(c -> c.total().amount().toPlainString()).toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/** Claims one key; false when it placed a checkout already. */
	boolean claim(Claim claim) {
		return jdbc.sql("""
				insert into ordering.checkout (reference, account_id, idempotency_key, review_id, currency, total)
				values (:ref, :account, :key, :review, :currency, :total) on conflict do nothing""")
			.param("ref", claim.reference())
			.param("account", claim.accountId())
			.param("key", claim.idempotencyKey())
			.param("review", claim.reviewId())
			.param("currency", claim.total().currency())
			.param("total", claim.total().amount())
			.update() == 1;
	}

	/** The checkout placed under the buyer's key. */
	ReviewedCheckout.StoredCheckout claimed(long accountId, String idempotencyKey) {
		return jdbc.sql("""
				select reference, review_id, total, currency from ordering.checkout
				where account_id = :a and idempotency_key = :key""")
			.param("a", accountId)
			.param("key", idempotencyKey)
			.query((rs, n) -> new ReviewedCheckout.StoredCheckout(rs.getString(1), rs.getObject(2, UUID.class),
					new Money(rs.getBigDecimal(3), rs.getString(4)).rounded()))
			.single();
	}

}
