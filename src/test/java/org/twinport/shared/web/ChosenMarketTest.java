package org.twinport.shared.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ChosenMarketTest {

	private static MockHttpServletRequest withCookie(String value) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie(ChosenMarket.NAME, value));
		return request;
	}

	@Test
	void readsAMarketWithOrWithoutItsCurrency() {
		assertThat(ChosenMarket.read(withCookie("FI.EUR"))).contains(new ChosenMarket("FI", "EUR"));
		assertThat(ChosenMarket.read(withCookie("CN"))).contains(new ChosenMarket("CN", null));
	}

	@Test
	void ignoresACookieThatNamesNoCountryOrNoCurrency() {
		assertThat(ChosenMarket.read(withCookie("ZZ"))).isEmpty();
		assertThat(ChosenMarket.read(withCookie("FI.QQQ"))).isEmpty();
		assertThat(ChosenMarket.read(withCookie("fi.eur"))).isEmpty();
		assertThat(ChosenMarket.read(withCookie("FI.EUR.X"))).isEmpty();
	}

	@Test
	void remembersOnlyACountryAndLeavesOutACurrencyThatIsNone() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ChosenMarket.remember(new MockHttpServletRequest(), response, "FI", "QQQ");
		assertThat(response.getCookie(ChosenMarket.NAME).getValue()).isEqualTo("FI");

		MockHttpServletResponse refused = new MockHttpServletResponse();
		ChosenMarket.remember(new MockHttpServletRequest(), refused, "ZZ", "EUR");
		assertThat(refused.getCookie(ChosenMarket.NAME)).isNull();
	}

}
