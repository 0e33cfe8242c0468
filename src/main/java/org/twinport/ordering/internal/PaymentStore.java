package org.twinport.ordering.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.twinport.ordering.PaymentView;
import org.twinport.shared.Money;

/** The one writer of ordering.payment: each attempt to pay an order, as its provider answered. */
@Repository
class PaymentStore {

	private final JdbcClient jdbc;

	PaymentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an attempt and returns its id. */
	long insert(long orderId, String provider, String status, Money amount, String externalReference) {
		return jdbc.sql("""
				insert into ordering.payment (order_id, provider, status, amount, currency, external_ref)
				values (:o, :p, :s, :a, :c, :ref) returning id""")
			.param("o", orderId)
			.param("p", provider)
			.param("s", status)
			.param("a", amount.amount())
			.param("c", amount.currency())
			.param("ref", externalReference)
			.query(Long.class)
			.single();
	}

	void markCaptured(long paymentId) {
		jdbc.sql("update ordering.payment set status = 'CAPTURED', updated_at = now() where id = :id")
			.param("id", paymentId)
			.update();
	}

	/** The order's attempts, oldest first, without the provider's instructions. */
	List<PaymentView> ofOrder(long orderId) {
		return jdbc.sql("""
				select id, order_id, provider, status, amount, currency, external_ref from ordering.payment
				where order_id = :o order by id""")
			.param("o", orderId)
			.query((rs, n) -> new PaymentView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					new Money(rs.getBigDecimal(5), rs.getString(6)).rounded(), rs.getString(7), ""))
			.list();
	}

}
