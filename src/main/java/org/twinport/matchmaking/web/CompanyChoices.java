package org.twinport.matchmaking.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinport.matchmaking.Companies;
import org.twinport.shared.Choice;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** Companies as the office picks them: by name and city, the id only behind the choice. */
@Component
class CompanyChoices {

	private final Companies companies;

	CompanyChoices(Companies companies) {
		this.companies = companies;
	}

	/** Every company, "Jinan Spring Tea · Jinan", in the reader's alphabetical order. */
	List<Choice> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return companies.all(locale.getLanguage())
			.stream()
			.map(c -> new Choice(String.valueOf(c.id()),
					c.placeName() == null || c.placeName().isBlank() ? c.name() : c.name() + " · " + c.placeName()))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
	}

	/** The id behind a chosen company; a form sent without a choice names the field. */
	static long id(String chosen, String field) {
		try {
			return Long.parseLong(chosen.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, Reason.of("matchmaking.problem.chooseCompany"));
		}
	}

}
