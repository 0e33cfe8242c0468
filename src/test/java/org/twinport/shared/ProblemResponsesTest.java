package org.twinport.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

	@Test
	void quotesJsonStringsSafely() {
		assertThat(ProblemResponses.quote("a \"b\" \\ c\n\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\u0001\"");
	}

	@Test
	void generatedPasswordsAreLongAndDifferent() {
		String first = Passwords.generate();
		assertThat(first).hasSize(20).matches("[A-Za-z2-9]+");
		assertThat(Passwords.generate()).isNotEqualTo(first);
	}

}
