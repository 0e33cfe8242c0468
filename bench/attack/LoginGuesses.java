import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Password guessing against a running Twinport on 127.0.0.1 (issue 14, defect 3), with the JDK's HTTP client only.
 * Usage: java bench/attack/LoginGuesses.java http://127.0.0.1:18080 <admin password>
 *
 * 1. 100 wrong passwords for "admin" sent at once, from four loopback addresses (127.0.0.11-14, 25 each, under the
 *    per-address limit, as from several machines): every answer but 429 had its password checked.
 *    Then the right password, which must wait too.
 * 2. 120 wrong sign-ins over 30 usernames (4 each) from one address (127.0.0.2), 8 in flight: how many got through
 *    the per-address limit to a password check.
 * Linux answers on all of 127.0.0.0/8, so the server sees each source address as another client.
 */
public class LoginGuesses {

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: LoginGuesses <base URL on 127.0.0.1> <admin password>");
		}
		URI base = URI.create(args[0]);
		if (!"127.0.0.1".equals(base.getHost())) {
			throw new IllegalArgumentException("only ever aims at 127.0.0.1, not " + base.getHost());
		}
		String adminPassword = args[1];

		List<HttpClient> machines = List.of(client(11), client(12), client(13), client(14));
		// Connections opened beforehand, so that the guesses arrive together rather than behind 100 handshakes.
		send(100, 100, i -> machines.get(i % machines.size()),
				i -> HttpRequest.newBuilder(base.resolve("/actuator/health")).build());
		List<Integer> statuses = send(100, 100, i -> machines.get(i % machines.size()),
				i -> attempt(base, "admin", "guess-" + i));
		int checked = (int) statuses.stream().filter(status -> status != 429).count();
		System.out.printf("100 guesses for admin at once from 4 addresses: %s; checked (not 429): %d, answered at %s ms%n",
				countByStatus(statuses), checked, lastAnswers);
		int right = client(15).send(attempt(base, "admin", adminPassword), HttpResponse.BodyHandlers.discarding())
			.statusCode();
		System.out.printf("the right password for admin right after: %d%n", right);

		HttpClient oneAddress = client(2);
		send(8, 8, i -> oneAddress, i -> HttpRequest.newBuilder(base.resolve("/actuator/health")).build());
		statuses = send(120, 8, i -> oneAddress, i -> attempt(base, "spray" + (i % 30), "guess-" + (i / 30)));
		int through = (int) statuses.stream().filter(status -> status != 429).count();
		System.out.printf("120 attempts over 30 usernames from one address: %s; got through (not 429): %d%n",
				countByStatus(statuses), through);
	}

	interface Pick<T> {

		T of(int attempt);

	}

	/** When the answers other than 429 of the last {@link #send} arrived, in ms after it started. */
	static List<Long> lastAnswers = List.of();

	/** Sends {@code count} requests, {@code inFlight} at a time, all starting together; the answers' statuses. */
	static List<Integer> send(int count, int inFlight, Pick<HttpClient> clients, Pick<HttpRequest> requests)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		List<Long> checkedAt = Collections.synchronizedList(new ArrayList<>());
		AtomicLong started = new AtomicLong();
		try (ExecutorService pool = Executors.newFixedThreadPool(inFlight)) {
			for (int i = 0; i < count; i++) {
				HttpClient client = clients.of(i);
				HttpRequest request = requests.of(i);
				answers.add(pool.submit(() -> {
					start.await();
					int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					if (status != 429) {
						checkedAt.add((System.nanoTime() - started.get()) / 1_000_000);
					}
					return status;
				}));
			}
			started.set(System.nanoTime());
			start.countDown();
		}
		System.out.printf("  (%d requests to %s in %d ms)%n", count, requests.of(0).uri().getPath(),
				(System.nanoTime() - started.get()) / 1_000_000);
		lastAnswers = checkedAt.stream().sorted().toList();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		return statuses;
	}

	static HttpRequest attempt(URI base, String username, String password) {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"attack\"}";
		return HttpRequest.newBuilder(base.resolve("/api/v1/auth/tokens"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	static HttpClient client(int lastByte) throws Exception {
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.localAddress(InetAddress.getByAddress(new byte[] { 127, 0, 0, (byte) lastByte }))
			.build();
	}

	static Map<Integer, Integer> countByStatus(List<Integer> statuses) {
		Map<Integer, Integer> byStatus = new TreeMap<>();
		statuses.forEach(status -> byStatus.merge(status, 1, Integer::sum));
		return byStatus;
	}

}
