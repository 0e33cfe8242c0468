package org.twinport.pricing.tariff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * At start-up, loads each bundled schedule whose bundled version is not loaded yet (about
 * two seconds for all five on a fresh database, nothing afterwards), so that every quote
 * from the first one on uses them; then indexes every loaded version in the background
 * (a quote needing an index before then waits for that one build). Loading is off with
 * {@code twinport.pricing.load-bundled-tariffs=false}; the ADMIN endpoint loads them too.
 * Runs before the demo data loader, so that the sample catalog's national codes can be
 * checked against the schedules.
 */
@Component
@Order(50)
class BundledSchedules implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledSchedules.class);

	private final TariffSchedules schedules;

	private final TariffIndexes indexes;

	private final boolean enabled;

	private final TaskExecutor background;

	/**
	 * @param background the application's task executor, which closes before the database
	 * and waits for its tasks: indexing still running at SIGTERM finishes instead of dying on
	 * a closed connection
	 */
	BundledSchedules(TariffSchedules schedules, TariffIndexes indexes,
			@Value("${twinport.pricing.load-bundled-tariffs:true}") boolean enabled,
			@Qualifier("applicationTaskExecutor") TaskExecutor background) {
		this.schedules = schedules;
		this.indexes = indexes;
		this.enabled = enabled;
		this.background = background;
	}

	@Override
	public void run(ApplicationArguments args) {
		loadMissing();
	}

	void loadMissing() {
		if (enabled) {
			for (ScheduleFormat format : ScheduleFormat.values()) {
				if (schedules.find(format.name(), format.version).isEmpty()) {
					load(format);
				}
			}
		}
		background.execute(indexes::warm);
	}

	private void load(ScheduleFormat format) {
		try {
			schedules.load(format, format.version, format.validFrom, null, "bundled");
		}
		catch (DuplicateKeyException ex) {
			// Another node starting at the same time loaded it first.
			log.info("Tariff schedule {} {} was loaded by another node", format, format.version);
		}
	}

}
