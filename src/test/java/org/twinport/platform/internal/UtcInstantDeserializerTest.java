package org.twinport.platform.internal;

import java.time.Instant;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UtcInstantDeserializerTest {

	private final JsonMapper mapper = JsonMapper.builder()
		.addModule(new SimpleModule().addDeserializer(Instant.class, new UtcInstantDeserializer()))
		.build();

	private final JsonMapper jackson = JsonMapper.builder().build();

	record Stamped(Instant at) {
	}

	@Test
	void readsWhatInstantWritesExactlyAsInstantParseDoes() {
		SplittableRandom random = new SplittableRandom(20261129);
		for (int i = 0; i < 100_000; i++) {
			long seconds = random.nextLong(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
					Instant.parse("2200-01-01T00:00:00Z").getEpochSecond());
			int nanos = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1000;
				default -> random.nextInt(1_000_000_000);
			};
			Instant instant = Instant.ofEpochSecond(seconds, nanos);
			assertThat(UtcInstantDeserializer.parse(instant.toString())).as(instant.toString()).isEqualTo(instant);
		}
		assertThat(UtcInstantDeserializer.parse("2024-02-29T23:59:59.5Z"))
			.isEqualTo(Instant.parse("2024-02-29T23:59:59.500Z"));
	}

	@Test
	void leavesEveryOtherLayoutToJacksonSoWhatIsAcceptedDoesNotChange() {
		for (String text : new String[] { "2026-11-29T11:31:27+02:00", "2026-11-29T11:31:27.1+02:00",
				"2026-11-29T11:31Z", "2026-11-29 11:31:27Z", "2026-11-29T11:31:27.Z", "2026-02-30T00:00:00Z",
				"2026-13-01T00:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T11:31:27.1234567890Z",
				"+2026-11-29T1:31:27Z", "2026-11-29T11:31:2xZ", "2026-11-29T11:31:27" }) {
			assertThat(UtcInstantDeserializer.parse(text)).as(text).isNull();
			assertThat(outcome(mapper, text)).as(text).isEqualTo(outcome(jackson, text));
		}
		assertThat(mapper.readValue("{\"at\": 1764415887}", Stamped.class))
			.isEqualTo(jackson.readValue("{\"at\": 1764415887}", Stamped.class));
		assertThat(mapper.readValue("{\"at\": \"2026-11-29T11:31:27.123Z\"}", Stamped.class).at())
			.isEqualTo(Instant.parse("2026-11-29T11:31:27.123Z"));
	}

	private static String outcome(JsonMapper mapper, String text) {
		try {
			return String.valueOf(mapper.readValue("{\"at\": \"" + text + "\"}", Stamped.class).at());
		}
		catch (RuntimeException ex) {
			return "refused";
		}
	}

}
