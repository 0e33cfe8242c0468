package org.twinport.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.identity.Role;
import org.twinport.platform.TwinportProperties;
import org.twinport.shared.Passwords;

/**
 * Creates the {@code admin} account on the first start. Its password is
 * {@code TWINPORT_ADMIN_PASSWORD}, or one generated here and logged exactly once: there
 * is no default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

	static final String ADMIN = "admin";

	private final AccountManagement accounts;

	private final TwinportProperties properties;

	AdminAccountBootstrap(AccountManagement accounts, TwinportProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists(ADMIN)) {
			return;
		}
		boolean given = StringUtils.hasText(properties.adminPassword());
		String password = given ? properties.adminPassword() : Passwords.generate();
		accounts.create(new NewAccount(ADMIN, password, "International Office", Role.ADMIN, null, null, false));
		if (given) {
			log.info("Created account 'admin' with the password from TWINPORT_ADMIN_PASSWORD.");
		}
		else {
			log.warn("""

					==================================================================
					 Created account 'admin' with generated password: {}
					 It is shown only this once. Set TWINPORT_ADMIN_PASSWORD to choose it.
					==================================================================""", password);
		}
	}

}
