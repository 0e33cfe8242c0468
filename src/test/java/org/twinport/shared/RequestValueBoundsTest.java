package org.twinport.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestValueBoundsTest {

	@Test
	void decimalsAreBoundedInDigitsAndScaleWithoutArithmetic() {
		assertThat(Decimals.withinBounds(new BigDecimal("999999999999.12345678"))).isTrue();
		assertThat(Decimals.withinBounds(new BigDecimal("1.500000000000"))).isTrue();
		assertThat(Decimals.withinBounds(new BigDecimal("0E-100000000"))).isTrue();
		assertThat(Decimals.withinBounds(new BigDecimal("1000000000000"))).isFalse();
		assertThat(Decimals.withinBounds(new BigDecimal("1e100000000"))).isFalse();
		assertThat(Decimals.withinBounds(new BigDecimal("1e-100000000"))).isFalse();
		assertThat(Decimals.withinBounds(new BigDecimal("0.123456789"))).isFalse();
	}

	@Test
	void decimalTextIsParsedOnlyWhenShortAndPlain() {
		assertThat(Decimals.parse(" 12.50 ", "price")).isEqualByComparingTo("12.50");
		assertThat(Decimals.parse("", "price")).isNull();
		assertThatThrownBy(() -> Decimals.parse("1e131072", "price")).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("price");
		assertThatThrownBy(() -> Decimals.parse("1".repeat(100), "price")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Decimals.parse("twelve", "price")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void textMayHoldTabsAndLineBreaksButNoOtherControls() {
		assertThat(PlainText.firstForbidden("Line one\r\n\tLine two 绿茶 😀")).isEqualTo(-1);
		assertThat(PlainText.firstForbidden("ab\u0000c")).isEqualTo(2);
		assertThat(PlainText.firstForbidden("\u007f")).isZero();
		assertThat(PlainText.firstForbidden("\u0085")).isZero();
		assertThat(PlainText.firstForbidden("a\ud800")).isEqualTo(1);
		assertThat(PlainText.firstForbidden("\udc00a")).isZero();
		assertThatThrownBy(() -> PlainText.checked("x\u001b[31m", "title"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.reason())
				.isEqualTo(Reason.of("shared.problem.controlCharacter", "001B", 2)));
	}

}
