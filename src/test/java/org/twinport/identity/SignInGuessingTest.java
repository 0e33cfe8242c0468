package org.twinport.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.twinport.identity.AccountManagement.NewAccount;
import org.twinport.shared.Passwords;
import org.twinport.support.ApiClient;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing over real HTTP, against the throttle per username and the limit per
 * client address (30 attempts a minute). Each test sends from loopback addresses of its
 * own (127.0.0.11 and up), so it neither shares an address limit with the others nor uses
 * up the one of 127.0.0.1, from which the rest of the suite signs in.
 */
class SignInGuessingTest extends IntegrationTest {

	private static final String TOKENS = "/api/v1/auth/tokens";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void ofAHundredGuessesSentAtOnceOnlyTheFreeAttemptsReachThePasswordCheck() throws Exception {
		String username = "guess.target." + run;
		String password = account(username);
		// Four addresses sending 25 each stay under the address limit, as guesses from
		// many
		// machines would: only the throttle of the username stands in the way.
		List<ApiClient> clients = List.of(client(11), client(12), client(13), client(14));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> answers = new ArrayList<>();
		long started;
		try (ExecutorService pool = Executors.newFixedThreadPool(100)) {
			for (int i = 0; i < 100; i++) {
				ApiClient client = clients.get(i % clients.size());
				String guess = "guess-" + i + "-not-the-password";
				answers.add(pool.submit(() -> {
					start.await();
					return client.post(TOKENS, credentials(username, guess), null);
				}));
			}
			started = System.nanoTime();
			start.countDown();
		}
		Duration burst = Duration.ofNanos(System.nanoTime() - started);
		Map<Integer, Integer> byStatus = countByStatus(answers);
		assertThat(byStatus.keySet()).as("%s in %s", byStatus, burst).containsAnyOf(401).isSubsetOf(401, 429);
		// Every answer but 429 had its password checked (401): the five free attempts.
		// Another may go ahead only once a wait after them is over, if the burst (about
		// 0.7 s) lasted that long on a loaded machine.
		assertThat(byStatus.get(401)).as("passwords checked of 100 guesses sent at once (in %s)", burst)
			.isLessThanOrEqualTo(5 + waitsOverWithin(burst));

		Response right = client(15).post(TOKENS, credentials(username, password), null);
		assertThat(right.status()).as("the right password, before the wait is over").isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		assertThat(right.json().get("detail").asString()).contains("this account");

		jdbc.sql("update identity.login_failure set last_failure_at = last_failure_at - interval '1 hour' "
				+ "where username = :username")
			.param("username", username)
			.update();
		assertThat(client(15).post(TOKENS, credentials(username, password), null).status())
			.as("the right password once the wait is over")
			.isEqualTo(201);
		assertThat(failuresOf(username)).as("a success forgets the failures").isZero();
	}

	@Test
	void guessesOverManyUsernamesFromOneAddressAreCutOffAtTheAddressLimit() {
		ApiClient client = client(21);
		List<Response> answers = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			for (int user = 0; user < 30; user++) {
				answers.add(client.post(TOKENS, credentials("spray." + user + "." + run, "guess-" + round), null));
			}
		}
		Map<Integer, Integer> byStatus = new TreeMap<>();
		answers.forEach(answer -> byStatus.merge(answer.status(), 1, Integer::sum));
		assertThat(byStatus).isEqualTo(Map.of(401, 30, 429, 90));
		Response refused = answers.get(answers.size() - 1);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("from your address");
		assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);

		WebSession page = new WebSession(baseUrl(), loopback(21));
		HttpResponse<String> form = page.postForm("/login", "username=spray.form." + run + "&password=a-guess");
		String location = form.headers().firstValue("Location").orElse("");
		assertThat(location).as("the form sign-in shares the address's limit").contains("/login?busyAddress=");
		assertThat(page.get(location.substring(location.indexOf("/login"))).body())
			.contains("Too many sign-in attempts from your network. Try again in");

		assertThat(client(22).post(TOKENS, credentials("spray.0." + run, "guess-0"), null).status())
			.as("another address")
			.isEqualTo(401);
	}

	@Test
	void signInsThroughTheFormCountTowardsTheAddressLimit() {
		WebSession page = new WebSession(baseUrl(), loopback(23));
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> form = page.postForm("/login", "username=form.guess." + i + "." + run + "&password=x");
			assertThat(form.headers().firstValue("Location").orElse("")).as("attempt %d", i + 1)
				.endsWith("/login?error");
		}
		HttpResponse<String> refused = page.postForm("/login", "username=form.guess.last." + run + "&password=x");
		assertThat(refused.headers().firstValue("Location").orElse("")).contains("/login?busyAddress=");
		assertThat(client(23).post(TOKENS, credentials("form.guess.api." + run, "x"), null).status()).isEqualTo(429);
	}

	@Test
	void successfulSignInsGiveTheirAttemptBack() {
		String username = "office.worker." + run;
		String password = account(username);
		ApiClient client = client(24);
		for (int i = 0; i < 10; i++) {
			assertThat(client.post(TOKENS, credentials(username, password), null).status()).isEqualTo(201);
		}
		for (int i = 0; i < 30; i++) {
			assertThat(client.post(TOKENS, credentials("someone.else." + i + "." + run, "x"), null).status())
				.as("failed attempt %d after 10 successful sign-ins", i + 1)
				.isEqualTo(401);
		}
		assertThat(client.post(TOKENS, credentials(username, password), null).status()).isEqualTo(429);
	}

	/**
	 * How many of the waits after the free attempts (1 s, 2 s, 4 s …) are over after this
	 * long.
	 */
	private static int waitsOverWithin(Duration elapsed) {
		int waits = 0;
		long waited = 1;
		while (Duration.ofSeconds(waited).compareTo(elapsed) <= 0) {
			waits++;
			waited += 1L << waits;
		}
		return waits;
	}

	private String account(String username) {
		String password = Passwords.generate();
		accounts.create(new NewAccount(username, password, null, Role.BUYER, null, null, false));
		return password;
	}

	private long failuresOf(String username) {
		return jdbc.sql("select count(*) from identity.login_failure where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private ApiClient client(int lastByte) {
		return new ApiClient(baseUrl(), loopback(lastByte));
	}

	private static InetAddress loopback(int lastByte) {
		try {
			return InetAddress.getByAddress(new byte[] { 127, 0, 0, (byte) lastByte });
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static String credentials(String username, String password) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"guess\"}";
	}

	private static Map<Integer, Integer> countByStatus(List<Future<Response>> answers) throws Exception {
		Map<Integer, Integer> byStatus = new TreeMap<>();
		for (Future<Response> answer : answers) {
			byStatus.merge(answer.get().status(), 1, Integer::sum);
		}
		return byStatus;
	}

}
