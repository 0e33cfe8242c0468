package org.twinport.pricing;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

import org.twinport.shared.CountryCode;
import org.twinport.shared.HsCode;
import org.twinport.shared.TariffCode;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Bean Validation of the codes a quote request names, asking the shared value types
 * ({@link CountryCode}, {@link HsCode}, {@link TariffCode}) rather than repeating their
 * patterns. Null passes: {@code @NotNull} says when a code is required.
 */
public final class CodeConstraints {

	private CodeConstraints() {
	}

	/** An ISO 3166-1 alpha-2 country code, as {@link CountryCode} accepts it. */
	@Documented
	@Retention(RUNTIME)
	@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
	@Constraint(validatedBy = CountryValidator.class)
	public @interface Country {

		String message() default "{pricing.problem.alpha2}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** An HS code or a national tariff line: 6 to 10 digits ({@link HsCode#isClassification}). */
	@Documented
	@Retention(RUNTIME)
	@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
	@Constraint(validatedBy = ClassificationValidator.class)
	public @interface Classification {

		String message() default "{pricing.problem.hsCodeDigits}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A national tariff line of 8 to 10 digits ({@link TariffCode}). */
	@Documented
	@Retention(RUNTIME)
	@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
	@Constraint(validatedBy = TariffLineValidator.class)
	public @interface TariffLine {

		String message() default "{pricing.problem.nationalCodeDigits}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	public static final class CountryValidator implements ConstraintValidator<Country, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || CountryCode.isValid(value);
		}

	}

	public static final class ClassificationValidator implements ConstraintValidator<Classification, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || HsCode.isClassification(value);
		}

	}

	public static final class TariffLineValidator implements ConstraintValidator<TariffLine, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || TariffCode.isValid(value);
		}

	}

}
