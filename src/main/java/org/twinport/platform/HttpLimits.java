package org.twinport.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of the server one client may hold while it sends a request body.
 *
 * @param maxUploadsPerAddress requests with a body that one client address may have in
 * flight at once; more are refused with 503 before their body is read
 * @param bodyGrace how long a body may take before its pace is checked
 * @param minBodyRate bytes per second a body must average after the grace period
 */
@ConfigurationProperties("twinport.http")
public record HttpLimits(int maxUploadsPerAddress, Duration bodyGrace, long minBodyRate) {

	public HttpLimits {
		maxUploadsPerAddress = maxUploadsPerAddress <= 0 ? 64 : maxUploadsPerAddress;
		bodyGrace = bodyGrace == null ? Duration.ofSeconds(10) : bodyGrace;
		minBodyRate = minBodyRate <= 0 ? 1024 : minBodyRate;
	}

}
