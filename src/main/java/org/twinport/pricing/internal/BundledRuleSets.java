package org.twinport.pricing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.twinport.pricing.LandedCost;

/**
 * Loads the rule sets shipped with the application whose version is not stored yet, on
 * every start, so that an existing database gets a new set too. Runs after the demo
 * loader, which stores the demo set first on an empty demo database: that older set then
 * stays in force for quotes dated before the bundled set's {@code validFrom}.
 */
@Component
@Order(110)
class BundledRuleSets implements ApplicationRunner {

	static final List<String> BUNDLED = List.of("pricing/rules-2026-12.json");

	private static final Logger log = LoggerFactory.getLogger(BundledRuleSets.class);

	private final LandedCost landedCost;

	BundledRuleSets(LandedCost landedCost) {
		this.landedCost = landedCost;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String path : BUNDLED) {
			String document = read(path);
			String version = RuleSetParser.parse(document).version();
			if (landedCost.document(version).isPresent()) {
				continue;
			}
			try {
				landedCost.load(document, "bundled");
				log.info("Loaded the bundled landed-cost rule set {} from {}", version, path);
			}
			catch (DataIntegrityViolationException ex) {
				// Another node starting at the same time stored it first.
				log.info("The bundled landed-cost rule set {} was stored meanwhile by another node", version);
			}
		}
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
