package org.twinport.matchmaking.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.twinport.matchmaking.CompanyProfile;
import org.twinport.network.NetworkDirectory;
import org.twinport.shared.Choice;
import org.twinport.shared.CountryNames;
import org.twinport.shared.HsChapters;

/**
 * What the company profile is picked from, named in the reader's language: the network's
 * places, HS chapters, ISIC sections, countries and languages. The codes stay behind the
 * choices; the ones a company has chosen come first in each long list.
 */
@Component
class ProfileChoices {

	/** The ISIC Rev. 4 sections; their names are in the message bundles. */
	static final List<String> ISIC = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
			"O", "P", "Q", "R", "S", "T", "U");

	private final NetworkDirectory network;

	private final CountryNames countries;

	private final HsChapters chapters;

	ProfileChoices(NetworkDirectory network, CountryNames countries, HsChapters chapters) {
		this.network = network;
		this.countries = countries;
		this.chapters = chapters;
	}

	/** The profile as it stands, or empty with the usual working day for a new one. */
	static TypedForm form(CompanyProfile company, Locale locale) {
		if (company == null) {
			return TypedForm.empty().put("workStarts", "08:00").put("workEnds", "18:00").put("openToMeetings", true);
		}
		return TypedForm.empty()
			.put("name", company.name())
			.put("placeCode", company.placeCode())
			.put("size", company.size())
			.put("workStarts", company.workStarts())
			.put("workEnds", company.workEnds())
			.put("openToMeetings", company.openToMeetings())
			.put("description", company.descriptions().get(locale.getLanguage()))
			.put("sellsHs", company.sellsHs())
			.put("buysHs", company.buysHs())
			.put("isic", company.isicSections())
			.put("offers", company.offers())
			.put("seeks", company.seeks())
			.put("markets", company.markets())
			.put("languages", company.languages());
	}

	/** The network's places, "Wakayama (Japan)", in the reader's alphabetical order. */
	List<Choice> places(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return network.places()
			.stream()
			.map(p -> new Choice(p.code(), p.names().getOrDefault(locale.getLanguage(), p.names().get("en")) + " ("
					+ countries.name(p.countryCode(), locale) + ")"))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
	}

	/**
	 * The HS chapters by their titles; a finer code the company chose (a heading such as
	 * 0902) is offered as it is, named by its chapter.
	 */
	List<Choice> hs(Collection<String> chosen, Locale locale) {
		String lang = locale.getLanguage();
		List<Choice> all = new ArrayList<>();
		chosen.stream()
			.flatMap(text -> FormLists.of(text).stream())
			.filter(code -> code.length() > 2)
			.distinct()
			.forEach(code -> all.add(new Choice(code, chapters.label(code, lang))));
		all.addAll(chapters.options(lang));
		return chosenFirst(all, chosen);
	}

	List<Choice> countries(Collection<String> chosen, Locale locale) {
		return chosenFirst(countries.options(locale), chosen);
	}

	/**
	 * The ISO 639-1 languages the JDK can name in the reader's language; one it names
	 * only in English for another reader (the withdrawn codes, Bihari, Moldavian) is left
	 * out.
	 */
	static List<Choice> languages(Collection<String> chosen, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		boolean english = locale.getLanguage().equals("en");
		List<Choice> all = Arrays.stream(Locale.getISOLanguages())
			.map(code -> new Choice(code, Locale.of(code).getDisplayLanguage(locale)))
			.filter(c -> !c.label().isBlank() && !c.label().equals(c.code()))
			.filter(c -> english || chosen.contains(c.code())
					|| !c.label().equals(Locale.of(c.code()).getDisplayLanguage(Locale.ENGLISH)))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
		return chosenFirst(all, chosen);
	}

	private static List<Choice> chosenFirst(List<Choice> options, Collection<String> chosen) {
		List<String> codes = chosen.stream().flatMap(text -> FormLists.of(text).stream()).toList();
		List<Choice> first = new ArrayList<>();
		List<Choice> rest = new ArrayList<>();
		for (Choice option : options) {
			(codes.contains(option.code()) ? first : rest).add(option);
		}
		first.addAll(rest);
		return first;
	}

}
