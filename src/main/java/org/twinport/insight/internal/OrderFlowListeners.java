package org.twinport.insight.internal;

import java.math.BigDecimal;
import java.math.MathContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.twinport.insight.MarketplaceFlows;
import org.twinport.insight.MarketplaceFlows.Refund;
import org.twinport.ordering.OrderPaid;
import org.twinport.ordering.OrderRefunded;

/**
 * Marketplace trade flows from the ordering events, delivered from the outbox after
 * commit and again after a restart if they were not completed: both listeners are
 * idempotent per order and per refund, so a redelivered event writes nothing twice.
 */
@Component
class OrderFlowListeners {

	private static final Logger log = LoggerFactory.getLogger(OrderFlowListeners.class);

	private final MarketplaceFlows flows;

	private final OrderTrade trade;

	OrderFlowListeners(MarketplaceFlows flows, OrderTrade trade) {
		this.flows = flows;
		this.trade = trade;
	}

	@ApplicationModuleListener
	void on(OrderPaid paid) {
		trade.flow(paid)
			.ifPresentOrElse(flows::recordMarketplaceFlow,
					() -> log.debug("Order {} is not trade of the home city; no flow recorded", paid.orderId()));
	}

	@ApplicationModuleListener
	void on(OrderRefunded refunded) {
		String key = refunded.refundId() == null ? null : "refund-" + refunded.refundId();
		BigDecimal share = refunded.paid() == null || refunded.paid().amount().signum() == 0 ? null
				: refunded.amount().amount().divide(refunded.paid().amount(), MathContext.DECIMAL64);
		if (key == null || share == null) {
			// An event from before refunds carried their id and share: only a full refund
			// can be read.
			if (!refunded.full()) {
				log.warn("Partial refund of order {} carries no share; its flow is not reversed", refunded.orderId());
				return;
			}
			key = "full";
			share = BigDecimal.ONE;
		}
		flows.reverseMarketplaceFlow(new Refund(OrderTrade.orderKey(refunded.orderId()), key,
				trade.day(refunded.occurredAt()), share.min(BigDecimal.ONE), refunded.full()));
	}

}
