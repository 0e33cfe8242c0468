package org.twinport.platform;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.twinport.shared.Reason;
import org.twinport.shared.web.RefusalResponses;
import org.twinport.shared.RequestBodyTooLargeException;
import org.twinport.shared.RequestBodyTooSlowException;

/**
 * Refuses API request bodies over {@code twinport.api.max-body-bytes} (bulk uploads over
 * {@code twinport.api.max-import-bytes}) with 413, before anything reads them: declared
 * lengths are checked up front, chunked bodies are counted as they are read. A body that
 * arrives slower than {@link HttpLimits#minBodyRate()} on average once
 * {@link HttpLimits#bodyGrace()} has passed is cut off with 408, so that a client sending
 * a byte every few seconds holds a request thread for the grace period, not for ever.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxImportBytes;

	private final ObjectProvider<BulkUploadPaths> bulkUploads;

	private final long graceNanos;

	private final long minBytesPerSecond;

	private volatile Set<String> bulkPaths;

	private final RefusalResponses refusals;

	RequestBodyLimitFilter(TwinportProperties properties, HttpLimits limits,
			ObjectProvider<BulkUploadPaths> bulkUploads, RefusalResponses refusals) {
		this.refusals = refusals;
		this.maxBytes = properties.api().maxBodyBytes();
		this.maxImportBytes = properties.api().maxImportBytes();
		this.graceNanos = limits.bodyGrace().toNanos();
		this.minBytesPerSecond = limits.minBodyRate();
		this.bulkUploads = bulkUploads;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			tooLarge(request, response, limit);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, new Pace(limit, graceNanos, minBytesPerSecond)), response);
		}
		catch (RequestBodyTooLargeException ex) {
			if (!response.isCommitted()) {
				response.reset();
				tooLarge(request, response, limit);
			}
		}
		catch (RequestBodyTooSlowException ex) {
			if (!response.isCommitted()) {
				response.reset();
				tooSlow(request, response);
			}
		}
	}

	/**
	 * Bulk uploads (declared by modules) may be as large as the import limit, file
	 * uploads as large as an attachment (plus the multipart framing); everything else the
	 * API limit.
	 */
	private long limitFor(HttpServletRequest request) {
		Set<String> bulk = bulkPaths;
		if (bulk == null) {
			bulk = bulkUploads.stream().flatMap(paths -> paths.bulkUploads().stream()).collect(Collectors.toSet());
			bulkPaths = bulk;
		}
		if ("POST".equals(request.getMethod()) && bulk.contains(request.getRequestURI())) {
			return maxImportBytes;
		}
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
		return upload ? Math.max(maxBytes, Attachments.MAX_BYTES + 64 * 1024) : maxBytes;
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		response.setHeader("Connection", "close");
		refusals.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
				Reason.of("platform.problem.bodyTooLarge", String.valueOf(limit)));
	}

	private void tooSlow(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Connection", "close");
		refusals.write(request, response, HttpStatus.REQUEST_TIMEOUT, Reason.of("platform.problem.bodyTooSlow"));
	}

	/** The limits one body is read under: its size, and its pace after a grace period. */
	private record Pace(long limit, long graceNanos, long minBytesPerSecond) {
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final Pace pace;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, Pace pace) {
			super(request);
			this.pace = pace;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), pace);
			}
			return stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final Pace pace;

		private final long started = System.nanoTime();

		private long count;

		CountingStream(ServletInputStream delegate, Pace pace) {
			this.delegate = delegate;
			this.pace = pace;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = delegate.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(long bytes) throws IOException {
			count += bytes;
			if (count > pace.limit()) {
				throw new RequestBodyTooLargeException(pace.limit());
			}
			long elapsed = System.nanoTime() - started;
			if (elapsed > pace.graceNanos() && count * 1_000_000_000L / elapsed < pace.minBytesPerSecond()) {
				throw new RequestBodyTooSlowException(count, elapsed / 1_000_000);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
