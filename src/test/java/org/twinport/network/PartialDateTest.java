package org.twinport.network;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

	@Test
	void keepsThePrecisionItWasGiven() {
		assertThat(PartialDate.parse("d", "1983").iso()).isEqualTo("1983");
		assertThat(PartialDate.parse("d", "1985-04").iso()).isEqualTo("1985-04");
		assertThat(PartialDate.parse("d", "1994-09-25").iso()).isEqualTo("1994-09-25");
		assertThat(PartialDate.parse("d", "1985-04").date()).isEqualTo(LocalDate.of(1985, 4, 1));
	}

	@Test
	void blankIsUnknownNotAGuess() {
		assertThat(PartialDate.parse("d", null)).isEqualTo(PartialDate.UNKNOWN);
		assertThat(PartialDate.parse("d", " ").iso()).isNull();
	}

	@Test
	void impossibleDatesNameTheField() {
		assertThatThrownBy(() -> PartialDate.parse("established", "1994-02-30"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> {
				InvalidInputException refusal = (InvalidInputException) ex;
				assertThat(refusal.field()).isEqualTo("established");
				assertThat(refusal.reason()).isEqualTo(Reason.of("problem.partialDate", "1994-02-30"));
			});
		assertThatThrownBy(() -> PartialDate.parse("established", "85")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PartialDate.parse("established", "1985-13")).isInstanceOf(InvalidInputException.class);
	}

}
