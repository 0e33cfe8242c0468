package org.twinport.matchmaking.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.twinport.catalog.MerchantChanged;

/**
 * Keeps a profile for every catalog merchant: one is created when a merchant appears
 * (after the catalog's transaction commits), and at start-up for merchants registered
 * while this module was not listening.
 */
@Component
@Order(200)
class MerchantProfiles implements ApplicationRunner {

	private final CompanyService companies;

	MerchantProfiles(CompanyService companies) {
		this.companies = companies;
	}

	@ApplicationModuleListener
	void on(MerchantChanged event) {
		companies.syncMerchant(event.merchantId());
	}

	@Override
	public void run(ApplicationArguments args) {
		companies.syncMerchants();
	}

}
