package org.twinport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.twinport.shared.CountryCode;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;

/** Refusals worded from the bundles the application uses, in English and Chinese. */
class RefusalsTest {

	private final Refusals refusals = new Refusals(bundles());

	@Test
	void aReasonIsSaidInTheReadersLanguageWithItsArguments() {
		InvalidInputException refusal = refused(() -> CountryCode.of("market", "XX"));
		assertThat(refusals.say(refusal, Locale.ENGLISH))
			.isEqualTo("must be an ISO 3166-1 alpha-2 country code such as FI, not 'XX'");
		assertThat(refusals.say(refusal, Locale.SIMPLIFIED_CHINESE)).isEqualTo("须为 ISO 3166-1 两位国家代码（如 FI），而不是“XX”");
		assertThat(Refusals.codeOf(refusal)).isEqualTo("value.country");
	}

	@Test
	void everyKindOfRefusalCarriesItsCode() {
		assertThat(refusals.say(new StateConflictException(Reason.of("problem.required")), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("为必填项");
		assertThat(Refusals.codeOf(new NotFoundException(Reason.of("problem.required")))).isEqualTo("problem.required");
	}

	@Test
	void anUnknownCodeIsShownAsItselfNotAsNothing() {
		assertThat(refusals.say(Reason.of("no.such.code"), Locale.ENGLISH)).isEqualTo("no.such.code");
	}

	@Test
	void anyOtherFailureIsSaidAsSomethingWentWrongNeverInItsOwnWords() {
		assertThat(refusals.say(new IllegalStateException("pool exhausted"), Locale.ENGLISH))
			.isEqualTo("Something went wrong on our side. Please try again.");
		assertThat(Refusals.codeOf(new IllegalStateException("pool exhausted"))).isNull();
	}

	private static InvalidInputException refused(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInputException ex) {
			return ex;
		}
		throw new AssertionError("not refused");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/web", "messages/shared");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
