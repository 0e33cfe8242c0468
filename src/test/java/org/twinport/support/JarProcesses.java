package org.twinport.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Helpers for the tests that start the packaged jar as its own process, as an operator
 * would.
 */
public final class JarProcesses {

	private static final Duration START_UP = Duration.ofSeconds(180);

	private JarProcesses() {
	}

	/** Reads what the process has logged so far. */
	@FunctionalInterface
	public interface Output {

		String read() throws IOException;

	}

	/**
	 * Waits until {@code /actuator/health} answers UP; fails with the log if the process
	 * exits first or is not healthy within three minutes (and then kills it).
	 */
	public static void awaitHealthy(Process process, ApiClient api, Output output)
			throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(START_UP);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("The jar exited early:\n" + output.read());
			}
			try {
				var health = api.get("/actuator/health");
				if (health.status() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (RuntimeException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new AssertionError("The jar did not become healthy in time:\n" + output.read());
	}

}
