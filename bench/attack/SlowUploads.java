import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slow uploads against a running Twinport: CONNECTIONS connections from ATTACKER_ADDRESS (a
 * loopback address other than the one the probes use) each send the headers of POST
 * /api/v1/auth/tokens and the start of a JSON body, then one more byte every two seconds. A
 * connection the server closes is replaced by a new one, opened at up to RATE per second
 * (slowhttptest's way; its default is 50 per second). Meanwhile one probe
 * asks /actuator/health and one sends a normal sign-in attempt (a JSON POST) every 200 ms
 * from 127.0.0.1, and their latencies are printed.
 *
 * <pre>java bench/attack/SlowUploads.java [port] [connections] [seconds] [rate] [attacker address]</pre>
 *
 * Only ever points at 127.0.0.1.
 */
public class SlowUploads {

	public static void main(String[] args) throws Exception {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
		int connections = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int rate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
		InetAddress attacker = InetAddress.getByName(args.length > 4 ? args[4] : "127.0.0.2");
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
		AtomicInteger opened = new AtomicInteger();
		AtomicInteger open = new AtomicInteger();
		List<Thread> attackers = Collections.synchronizedList(new ArrayList<>());
		java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(connections);
		Thread launcher = Thread.ofPlatform().start(() -> {
			long interval = 1_000_000_000L / rate;
			long next = System.nanoTime();
			while (System.nanoTime() < end) {
				if (!slots.tryAcquire()) {
					sleep(1);
					continue;
				}
				long wait = next - System.nanoTime();
				if (wait > 0) {
					sleep(wait / 1_000_000);
				}
				next = Math.max(next + interval, System.nanoTime() - interval);
				attackers.add(Thread.ofVirtual().start(() -> {
					try (Socket socket = new Socket()) {
						socket.bind(new InetSocketAddress(attacker, 0));
						socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
						socket.setSoTimeout(1);
						opened.incrementAndGet();
						open.incrementAndGet();
						try {
							slowBody(socket, end, answers);
						}
						finally {
							open.decrementAndGet();
						}
					}
					catch (IOException ex) {
						answers.computeIfAbsent("connect failed", k -> new AtomicInteger()).incrementAndGet();
					}
					finally {
						slots.release();
					}
				}));
			}
		});
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		List<Long> health = Collections.synchronizedList(new ArrayList<>());
		List<Long> signIn = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger probeFailures = new AtomicInteger();
		Thread healthProbe = Thread.ofPlatform().start(() -> probe(client, end, health, probeFailures,
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(10))
					.build()));
		Thread signInProbe = Thread.ofPlatform().start(() -> probe(client, end, signIn, probeFailures,
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/tokens"))
					.timeout(Duration.ofSeconds(10))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"username\":\"nobody-" + System.nanoTime() + "\",\"password\":\"wrong\",\"name\":\"probe\"}"))
					.build()));
		sleep(3000);
		System.out.printf("after 3 s: %d attacking connections open%n", open.get());
		healthProbe.join();
		signInProbe.join();
		launcher.join();
		for (Thread thread : List.copyOf(attackers)) {
			thread.join();
		}
		System.out.printf("attacker %s: up to %d connections at a time, opened at up to %d/s: %d in %d s; answers %s%n",
				attacker.getHostAddress(), connections, rate, opened.get(), seconds, answers);
		System.out.printf("health:  %s%n", summary(health));
		System.out.printf("sign-in: %s%n", summary(signIn));
		System.out.printf("probe failures (timeout or error): %d%n", probeFailures.get());
	}

	private static void slowBody(Socket socket, long end, Map<String, AtomicInteger> answers) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(("POST /api/v1/auth/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 1000\r\n\r\n{\"username\":\"")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[512];
		while (System.nanoTime() < end) {
			try {
				int read = in.read(buffer);
				if (read < 0) {
					answers.computeIfAbsent("closed without answer", k -> new AtomicInteger()).incrementAndGet();
					return;
				}
				String status = new String(buffer, 0, Math.min(read, 12), StandardCharsets.US_ASCII);
				answers.computeIfAbsent(status.length() >= 12 ? status.substring(9, 12) : status, k -> new AtomicInteger())
					.incrementAndGet();
				return;
			}
			catch (java.net.SocketTimeoutException ex) {
				// nothing from the server yet
			}
			out.write('a');
			out.flush();
			sleep(2000);
		}
	}

	private static void probe(HttpClient client, long end, List<Long> latencies, AtomicInteger failures,
			HttpRequest request) {
		while (System.nanoTime() < end) {
			long start = System.nanoTime();
			try {
				client.send(request, HttpResponse.BodyHandlers.discarding());
				latencies.add(System.nanoTime() - start);
			}
			catch (IOException ex) {
				failures.incrementAndGet();
			}
			catch (InterruptedException ex) {
				return;
			}
			sleep(200);
		}
	}

	private static String summary(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return "no answer";
		}
		return String.format("%d answers, median %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
				sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
				sorted.get(sorted.size() - 1) / 1e6);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
