package org.twinport.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;
import org.twinport.shared.StateConflictException;

/**
 * Words a refusal for its reader, a form's or an API client's: the domain refuses with a
 * {@link Reason} (a message code and its arguments), said here from the message bundles in
 * the reader's language. The one place that does so, for pages and the API alike.
 * <p>
 * A refusal still said in English by its service (the deprecated constructors) is
 * recognised by the patterns below and said again from the bundles ({@code problem.*});
 * one no pattern knows is shown as the service said it. The patterns go with the last
 * English refusal.
 */
@Component
public class Refusals {

	private record Rule(Pattern message, String key) {
	}

	private static final List<Rule> RULES = List.of(rule("is required", "problem.required"),
			rule("is required with a value", "problem.requiredWithValue"),
			rule("must not be before the start", "problem.endBeforeStart"),
			rule("must not be before pledgedOn", "problem.shippedBeforePledged"),
			rule("must not be before shippedOn", "problem.deliveredBeforeShipped"),
			rule("must not be before termStart", "problem.termEndBeforeStart"),
			rule("must be a local date-time such as 2026-03-12T15:00, or a date as YYYY-MM-DD, YYYY-MM or YYYY",
					"problem.localStart"),
			rule("must be between (\\d+) and (\\d+)", "problem.yearsBetween"),
			rule("must be an IANA time zone such as Europe/Helsinki", "problem.timeZone"),
			rule("must be lower-case letters, digits and '-'", "problem.code"),
			rule("is required: lower-case letters, digits and '-'", "problem.code"),
			rule("must hold at least an English title under 'en'", "problem.englishTitle"),
			rule("must hold at least an English name under 'en'", "problem.englishName"),
			rule("must have titles of up to 300 characters", "problem.titleLength"),
			rule("must have at most (\\d+) characters", "problem.maxLength"),
			rule("must name exactly one of place, organization, contact or country", "problem.exactlyOneParticipant"),
			rule("names an unknown place '(.*)'", "problem.unknownPlace"),
			rule("names an unknown organization '(.*)'", "problem.unknownOrganization"),
			rule("names an unknown contact '(.*)'", "problem.unknownContact"),
			rule("names an unknown exchange '(.*)'", "problem.unknownExchange"),
			rule("must be an ISO 3166-1 alpha-2 code such as ([A-Z]{2})", "problem.country"),
			rule("must be an ISO 4217 code such as CNY", "problem.currency"),
			rule("must be ISO 639-1 codes such as fi or zh", "problem.languages"),
			rule("must include your own partner place", "problem.includeOwnPlace"),
			rule("must be your own partner place", "problem.ownPlace"),
			rule("must list names as 'language: name', separated by ';', such as 'fi: Vantaa; sv: Vanda'",
					"problem.moreNames"),
			rule("is not one of the choices offered", "problem.notOffered"),
			rule("must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '(.*)'", "problem.partialDate"),
			rule("must be an ISO date such as [-0-9]+, not '(.*)'", "problem.dateNot"),
			rule("must be an ISO date such as [-0-9]+", "problem.date"),
			rule("must be an ISO 8601 date such as [-0-9]+", "problem.date"),
			rule("must be a date between the years (\\d+) and (\\d+)", "problem.yearsBetween"),
			rule("or donorOrganization or donorName is required", "problem.donor"),
			rule("or recipientOrganization, recipientName or recipientCountry is required", "problem.recipient"),
			rule("must list at least one item", "problem.items"),
			rule("must be more than 0, or null when unknown", "problem.quantity"),
			rule("must not be negative", "problem.negative"),
			rule("must be a decimal number such as 12.50", "problem.decimal"),
			rule("is taken by another (?:contact|organization|project)", "problem.codeTaken"),
			rule("must be an e-mail address", "problem.email"),
			rule("must be an http or https address", "problem.website"),
			rule("already has a partnership of this kind with this home place", "problem.duplicateTie"),
			rule("must be the home city or one of its districts", "problem.homePlace"),
			rule("is not a known kind of (?:partnership|organization): '(.*)'", "problem.kind"));

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	/** A reason in the reader's words; its code itself where no bundle has it. */
	public String say(Reason reason, Locale locale) {
		return messages.getMessage(reason.code(), reason.argArray(), reason.code(), locale);
	}

	/**
	 * A refusal ({@link InvalidInputException}, {@link StateConflictException},
	 * {@link NotFoundException}) in the reader's words, without the field it is about.
	 */
	public String say(RuntimeException refusal, Locale locale) {
		Reason reason = reasonOf(refusal);
		return reason != null ? say(reason, locale) : sayEnglish(refusal.getMessage(), locale);
	}

	/** The code of a refusal, for API clients that act on it; null for one said in English. */
	public static @Nullable String codeOf(RuntimeException refusal) {
		Reason reason = reasonOf(refusal);
		return reason == null ? null : reason.code();
	}

	private static @Nullable Reason reasonOf(RuntimeException refusal) {
		return switch (refusal) {
			case InvalidInputException invalid -> invalid.reason();
			case StateConflictException conflict -> conflict.reason();
			case NotFoundException missing -> missing.reason();
			default -> null;
		};
	}

	private String sayEnglish(@Nullable String said, Locale locale) {
		if (said == null) {
			return "";
		}
		for (Rule rule : RULES) {
			Matcher matcher = rule.message().matcher(said);
			if (matcher.matches()) {
				Object[] args = new Object[matcher.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = matcher.group(i + 1);
				}
				return messages.getMessage(rule.key(), args, said, locale);
			}
		}
		return said;
	}

	private static Rule rule(String message, String key) {
		return new Rule(Pattern.compile(message), key);
	}

}
