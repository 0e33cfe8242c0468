package org.twinport.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.StringUtils;

/**
 * Twinport's own settings, bound from {@code twinport.*} (environment variables
 * {@code TWINPORT_*}).
 *
 * @param home the data directory: embedded database, uploads, search index
 * @param demo whether an empty database is filled with the demo dataset
 * @param adminPassword the password of the first admin account; generated when blank
 * @param db an external PostgreSQL; when its URL is blank, the embedded one is started
 * @param api limits on API requests
 * @param login sign-in throttling
 * @param cache how long nodes keep data they share
 */
@ConfigurationProperties("twinport")
public record TwinportProperties(Path home, boolean demo, String adminPassword, Db db, Api api, Login login,
		Cache cache) {

	public TwinportProperties {
		home = home == null ? Path.of("data") : home;
		db = db == null ? new Db(null, null, null, true) : db;
		api = api == null ? new Api(1024 * 1024, 1024L * 1024 * 1024) : api;
		login = login == null ? new Login(5, Duration.ofMinutes(15)) : login;
		cache = cache == null ? new Cache(null) : cache;
	}

	/**
	 * @param durable whether the embedded server flushes every commit to disk; only tests
	 * turn this off
	 */
	public record Db(String url, String user, String password, boolean durable) {

		public boolean external() {
			return StringUtils.hasText(url);
		}
	}

	/**
	 * @param maxBodyBytes the largest request body of the API
	 * @param maxImportBytes the largest body of a bulk upload ({@link BulkUploadPaths})
	 */
	public record Api(long maxBodyBytes, long maxImportBytes) {

		public Api {
			maxImportBytes = maxImportBytes <= 0 ? 1024L * 1024 * 1024 : maxImportBytes;
		}
	}

	/**
	 * @param freeAttempts failed sign-ins allowed before each further attempt must wait
	 * @param maxDelay the longest wait imposed between attempts
	 * @param addressAttempts sign-in attempts that have not succeeded allowed from one
	 * client address (IPv6: its /64) per window, across usernames
	 * @param addressWindow the window of {@code addressAttempts}
	 */
	public record Login(int freeAttempts, Duration maxDelay, int addressAttempts, Duration addressWindow) {

		@ConstructorBinding
		public Login {
			addressAttempts = addressAttempts <= 0 ? 30 : addressAttempts;
			addressWindow = addressWindow == null || !addressWindow.isPositive() ? Duration.ofMinutes(1)
					: addressWindow;
		}

		public Login(int freeAttempts, Duration maxDelay) {
			this(freeAttempts, maxDelay, 0, null);
		}
	}

	/**
	 * @param sharedDataTtl how long a node trusts a value it read from PostgreSQL that
	 * any node may change (see {@link SharedDataCaches}); {@code 0s} reads it every time
	 */
	public record Cache(Duration sharedDataTtl) {

		public Cache {
			sharedDataTtl = sharedDataTtl == null ? Duration.ofSeconds(5) : sharedDataTtl;
			if (sharedDataTtl.isNegative()) {
				throw new IllegalArgumentException("twinport.cache.shared-data-ttl must not be negative");
			}
		}
	}

}
