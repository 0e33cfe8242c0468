package org.twinport.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestParameterGuardTest {

	@Test
	void namesTheFirstParameterThatIsNotUtf8() {
		assertThat(RequestParameterGuard.firstUndecodableParameter("q=%E7%BB%BF%E8%8C%B6&lang=zh")).isNull();
		assertThat(RequestParameterGuard.firstUndecodableParameter("q=a+b&&flag")).isNull();
		assertThat(RequestParameterGuard.firstUndecodableParameter("a=1&q=%FF")).isEqualTo("q");
		assertThat(RequestParameterGuard.firstUndecodableParameter("lang=%C0%AF")).isEqualTo("lang");
		assertThat(RequestParameterGuard.firstUndecodableParameter("%FF=1")).isEqualTo("%FF");
		assertThat(RequestParameterGuard.firstUndecodableParameter("q=%E4%B8")).isEqualTo("q");
		assertThat(RequestParameterGuard.firstUndecodableParameter("q=%G1")).isEqualTo("q");
		assertThat(RequestParameterGuard.firstUndecodableParameter("q=%4")).isEqualTo("q");
	}

}
