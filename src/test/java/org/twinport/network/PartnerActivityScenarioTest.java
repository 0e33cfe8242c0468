package org.twinport.network;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.twinport.support.TwinportTestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network alone (with identity and platform, which it uses) keeps a partnership's
 * last-activity date from {@link PartnerActivityChanged}, without the exchange module that
 * publishes it in the application.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "identity" })
@DirtiesContext
class PartnerActivityScenarioTest {

	@DynamicPropertySource
	static void twinport(DynamicPropertyRegistry registry) {
		TwinportTestProperties.register(registry, TwinportTestProperties.freshHome());
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NetworkDirectory directory;

	@Test
	void anExchangeWithAPartnerDatesItsPartnership(Scenario scenario) {
		long home = place("cn-slice-home", true);
		long partner = place("fi-slice-partner", false);
		long partnership = jdbc.sql("""
				insert into network.partnership (home_place_id, partner_place_id, kind, status, established_precision)
				values (:home, :partner, 'SISTER_CITY', 'ACTIVE', 'UNKNOWN') returning id""")
			.param("home", home)
			.param("partner", partner)
			.query(Long.class)
			.single();
		assertThat(directory.partnership(partnership, "en").orElseThrow().lastActivity()).isNull();
		LocalDate lastWeek = LocalDate.now().minusDays(7);

		scenario.publish(new PartnerActivityChanged(4711, Set.of(partner), lastWeek))
			.andWaitForStateChange(() -> directory.partnership(partnership, "en").orElseThrow().lastActivity())
			.andVerify(lastActivity -> assertThat(lastActivity).isEqualTo(lastWeek.toString()));
	}

	private long place(String code, boolean home) {
		return jdbc.sql("""
				insert into network.place (code, kind, names, country_code, continent, is_home)
				values (:code, 'CITY', cast(:names as jsonb), :country, :continent, :home) returning id""")
			.param("code", code)
			.param("names", "{\"en\": \"" + code + "\"}")
			.param("country", code.substring(0, 2).toUpperCase())
			.param("continent", home ? "ASIA" : "EUROPE")
			.param("home", home)
			.query(Long.class)
			.single();
	}

}
