package org.twinport.platform.internal;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.twinport.shared.ProblemResponses;

/**
 * Keeps slow request bodies from taking every request thread. Tomcat hands a request to a
 * thread once its headers are in, and that thread then waits for the body however slowly
 * it comes. So each client address may have only so many requests with a body in flight;
 * more are refused at once with 503, without reading their body. Requests without a body
 * (pages, health, searches) are never counted.
 * <p>
 * A refused or failed request whose body was not read is answered on a closed connection
 * and its body is not drained: draining a body that comes one byte every few seconds would
 * hold the thread just the same.
 */
final class UploadGuardValve extends ValveBase {

	private static final Logger log = LoggerFactory.getLogger(UploadGuardValve.class);

	private final int maxPerAddress;

	private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

	/** Refusals since the last log line: a flood is logged every ten seconds, not per request. */
	private final AtomicLong refusedSinceLog = new AtomicLong();

	private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

	private static final long LOG_EVERY_NANOS = 10_000_000_000L;

	UploadGuardValve(int maxPerAddress) {
		super(true);
		this.maxPerAddress = maxPerAddress;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!hasBody(request)) {
			getNext().invoke(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		if (!enter(address)) {
			refuse(request, response);
			return;
		}
		try {
			getNext().invoke(request, response);
		}
		finally {
			leave(address);
			doNotDrainAfterFailure(request, response);
		}
	}

	private boolean enter(String address) {
		AtomicBoolean admitted = new AtomicBoolean();
		inFlight.compute(address, (key, count) -> {
			int current = count == null ? 0 : count;
			if (current >= maxPerAddress) {
				return count;
			}
			admitted.set(true);
			return current + 1;
		});
		return admitted.get();
	}

	private void leave(String address) {
		inFlight.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
	}

	private void refuse(Request request, Response response) throws IOException {
		long refused = refusedSinceLog.incrementAndGet();
		long last = lastLogNanos.get();
		long now = System.nanoTime();
		if (now - last >= LOG_EVERY_NANOS && lastLogNanos.compareAndSet(last, now)) {
			refusedSinceLog.addAndGet(-refused);
			log.warn("Refused {} request(s) with a body in the last {} s: their address had {} in flight (the latest {})",
					refused, (now - last) / 1_000_000_000L, maxPerAddress, request.getRemoteAddr());
		}
		response.setHeader("Connection", "close");
		response.setHeader("Retry-After", "5");
		disableDraining(request);
		ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE,
				"Too many requests with a body are in flight from your address; try again in a few seconds.",
				request.getRequestURI());
	}

	/**
	 * After a failure the rest of an unread body is not drained: the connection is closed
	 * instead. Statuses that Tomcat answers on a closed connection anyway need nothing
	 * more; others get {@code Connection: close} while the answer is still open to
	 * headers.
	 */
	private static void doNotDrainAfterFailure(Request request, Response response) {
		int status = response.getStatus();
		if (status < 400 || bodyFullyRead(request)) {
			return;
		}
		if (!closesConnection(status) && !"close".equalsIgnoreCase(response.getHeader("Connection"))) {
			if (response.isCommitted()) {
				return;
			}
			response.setHeader("Connection", "close");
		}
		disableDraining(request);
	}

	private static void disableDraining(Request request) {
		request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
	}

	private static boolean bodyFullyRead(Request request) {
		AtomicBoolean read = new AtomicBoolean();
		request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, read);
		return read.get();
	}

	/** The statuses after which Tomcat never keeps a connection alive. */
	private static boolean closesConnection(int status) {
		return status == 400 || status == 408 || status == 411 || status == 413 || status == 414 || status == 500
				|| status == 501 || status == 503;
	}

	private static boolean hasBody(Request request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

}
