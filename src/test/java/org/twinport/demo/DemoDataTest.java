package org.twinport.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest extends IntegrationTest {

	@Autowired
	DemoDataLoader loader;

	@Test
	void demoDatasetIsLoadedOnceAndMarked() {
		long partnerships = count("network.partnership");
		long accounts = count("identity.account");
		loader.run(new DefaultApplicationArguments());
		assertThat(count("network.partnership")).isEqualTo(partnerships);
		assertThat(count("identity.account")).isEqualTo(accounts);
		// Other tests share this database and may add ties of their own; the demo's are
		// all marked.
		assertThat(jdbc.sql("select count(*) from network.partnership where demo").query(Long.class).single())
			.isEqualTo(14);
	}

	@Test
	void thereIsADemoAccountForEveryRoleButAdmin() {
		assertThat(jdbc.sql("select role from identity.account where demo order by role").query(String.class).list())
			.containsExactly("BUYER", "MERCHANT", "PARTNER_OFFICE");
		assertThat(jdbc.sql("select count(*) from identity.account where demo and password_hash not like '{argon2}%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void unknownFactsStayUnknown() {
		assertThat(jdbc
			.sql("select established_precision from network.partnership s join network.place p "
					+ "on p.id = s.partner_place_id where p.code = 'lt-unnamed-partner'")
			.query(String.class)
			.single()).isEqualTo("UNKNOWN");
		assertThat(jdbc.sql("select latitude from network.place where code = 'lt-unnamed-partner'")
			.query(Double.class)
			.optional()).isEmpty();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
