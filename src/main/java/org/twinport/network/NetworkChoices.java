package org.twinport.network;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.Choice;
import org.twinport.shared.CountryNames;

/**
 * The network's records as options of the record forms: each submits its code and reads
 * as its name in the reader's language ("Vantaa (Finland)", "万塔 (芬兰)"), in the reader's
 * alphabetical order.
 */
@Component
public class NetworkChoices {

	private final NetworkDirectory directory;

	private final NetworkLookup lookup;

	private final RegistryManagement registry;

	private final CountryNames countries;

	NetworkChoices(NetworkDirectory directory, NetworkLookup lookup, RegistryManagement registry,
			CountryNames countries) {
		this.directory = directory;
		this.lookup = lookup;
		this.registry = registry;
		this.countries = countries;
	}

	public List<Choice> places(Locale locale) {
		String lang = locale.getLanguage();
		return sorted(directory.places()
			.stream()
			.map(place -> new Choice(place.code(), place.names().getOrDefault(lang, place.names().get("en")) + " ("
					+ countries.name(place.countryCode(), locale) + ")")),
				locale);
	}

	/** The home city and its districts, the places a partnership may be held by. */
	public List<Choice> homePlaces(Locale locale) {
		Set<String> home = Set.copyOf(directory.homePlaceCodes());
		return places(locale).stream().filter(place -> home.contains(place.code())).toList();
	}

	public List<Choice> organizations(Locale locale) {
		return sorted(registry.organizations(null, locale.getLanguage())
			.stream()
			.filter(organization -> organization.code() != null)
			.map(organization -> new Choice(organization.code(), organization.placeName() == null
					? organization.name() : organization.name() + " (" + organization.placeName() + ")")),
				locale);
	}

	/** The contacts the reader may see, with their position and organization or place. */
	public List<Choice> contacts(TwinportUser reader, Locale locale) {
		String lang = locale.getLanguage();
		java.util.Map<String, String> placeNames = new java.util.HashMap<>();
		directory.places()
			.forEach(place -> placeNames.put(place.code(),
					place.names().getOrDefault(lang, place.names().get("en"))));
		return sorted(registry.contacts(null, reader, lang)
			.stream()
			.filter(contact -> contact.code() != null)
			.map(contact -> new Choice(contact.code(), contactLabel(contact, lang, placeNames))), locale);
	}

	/**
	 * The time zone of the home city: where an exchange is most often held, so the forms
	 * start with it.
	 */
	public Optional<String> homeTimeZone() {
		return directory.homePlaceCodes()
			.stream()
			.findFirst()
			.flatMap(code -> lookup.place(code, "en"))
			.map(NetworkLookup.PlaceRef::timeZone);
	}

	private static String contactLabel(ContactView contact, String lang, java.util.Map<String, String> placeNames) {
		String name = contact.names() == null ? null : contact.names().get(lang);
		StringBuilder label = new StringBuilder(name == null || name.isBlank() ? contact.fullName() : name);
		String where = contact.organizationName() != null ? contact.organizationName()
				: placeNames.get(contact.placeCode());
		if (contact.position() != null || where != null) {
			label.append(" (")
				.append(String.join(", ", java.util.stream.Stream.of(contact.position(), where)
					.filter(part -> part != null && !part.isBlank())
					.toList()))
				.append(')');
		}
		return label.toString();
	}

	private static List<Choice> sorted(java.util.stream.Stream<Choice> choices, Locale locale) {
		return choices.sorted(Comparator.comparing(Choice::label, Collator.getInstance(locale))).toList();
	}

}
