package org.twinport.platform.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the outbox small: Spring Modulith marks a delivered publication completed and
 * leaves it in {@code event_publication}, one row per event and listener, for ever (every
 * order, payment and product change adds rows). Completed publications older than
 * {@code twinport.events.completed-retention} are deleted; incomplete ones never are, so
 * nothing still to deliver is lost. Every node may run it: the delete is idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CompletedEventsPurge {

	private static final Logger log = LoggerFactory.getLogger(CompletedEventsPurge.class);

	private final CompletedEventPublications completed;

	private final Duration retention;

	CompletedEventsPurge(CompletedEventPublications completed,
			@Value("${twinport.events.completed-retention:P7D}") Duration retention) {
		if (retention.isNegative()) {
			throw new IllegalArgumentException("twinport.events.completed-retention must not be negative");
		}
		this.completed = completed;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${twinport.events.purge-interval:PT1H}", initialDelayString = "PT5M")
	void purge() {
		try {
			completed.deletePublicationsOlderThan(retention);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete completed event publications older than {}: {}", retention, ex.toString());
		}
	}

}
