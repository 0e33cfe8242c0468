package org.twinport.ordering.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.twinport.catalog.MerchantChanged;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.platform.RefreshingValue;
import org.twinport.platform.SharedDataCaches;

/**
 * The merchants a review quotes for (country and names), kept under the rule of
 * {@link SharedDataCaches}: each trusted for the shared-data time to live, and dropped at
 * once (and again when the transaction ends) when this node changes the merchant. A
 * review then asks the catalog for a merchant about once per time to live instead of
 * twice per review.
 */
@Component
class QuotedMerchants {

	/** More merchants than that are read again rather than kept. */
	static final int MAX_ENTRIES = 4096;

	private final MerchantManagement merchants;

	private final SharedDataCaches caches;

	private final Map<Long, RefreshingValue<MerchantView>> kept = new ConcurrentHashMap<>();

	QuotedMerchants(MerchantManagement merchants, SharedDataCaches caches) {
		this.merchants = merchants;
		this.caches = caches;
	}

	MerchantView merchant(long id) {
		RefreshingValue<MerchantView> value = kept.get(id);
		if (value == null) {
			if (kept.size() >= MAX_ENTRIES) {
				kept.clear();
			}
			value = kept.computeIfAbsent(id, key -> caches.value(() -> merchants.merchant(key)));
		}
		return value.get();
	}

	@EventListener
	void on(MerchantChanged changed) {
		RefreshingValue<MerchantView> value = kept.get(changed.merchantId());
		if (value != null) {
			value.invalidate();
		}
	}

}
