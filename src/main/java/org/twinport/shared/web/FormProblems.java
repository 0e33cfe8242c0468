package org.twinport.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.twinport.shared.InvalidInputException;

/**
 * Words a service's refusal for the reader of a form. Services refuse in English for API
 * clients ({@link InvalidInputException}'s message); the refusals the record forms meet
 * are recognised here and said again from the message bundles ({@code problem.*}), with
 * the quoted value as the argument. A refusal not listed is shown as the service said it.
 * Interim, until refusals carry codes of their own (issue #17).
 */
@Component
public class FormProblems {

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

	FormProblems(MessageSource messages) {
		this.messages = messages;
	}

	public String say(InvalidInputException refusal, Locale locale) {
		String said = refusal.getMessage();
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
