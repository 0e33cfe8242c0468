package org.twinport.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Twinport was killed without a chance to stop its embedded PostgreSQL (SIGKILL,
 * power loss of the JVM only), that server keeps running and holds the data directory.
 * This stops it, so the next start can take over.
 */
final class OrphanedPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

	private OrphanedPostgres() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(handle -> handle.info().command().map(command -> command.endsWith("postgres")).orElse(false));
		if (process.isEmpty()) {
			return;
		}
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", pid, dataDirectory);
		process.get().destroy();
		try {
			process.get().onExit().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.get().destroyForcibly();
		}
	}

}
