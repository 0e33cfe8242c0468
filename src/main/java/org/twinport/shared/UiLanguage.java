package org.twinport.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A language the interface speaks: its code, the locale its messages are looked up in,
 * the tag that {@code ?lang=} takes and HTML's {@code lang} attribute carries, and its
 * name in itself, as the language switch shows it.
 */
public record UiLanguage(String code, Locale locale, String htmlLang, String ownName) {

	public static final UiLanguage ENGLISH = new UiLanguage("en", Locale.ENGLISH, "en", "English");

	/** In the order the switch lists them. */
	public static final List<UiLanguage> ALL = List.of(ENGLISH,
			new UiLanguage("zh", Locale.SIMPLIFIED_CHINESE, "zh-Hans", "简体中文"),
			new UiLanguage("ja", Locale.JAPANESE, "ja", "日本語"), new UiLanguage("ko", Locale.KOREAN, "ko", "한국어"),
			new UiLanguage("ru", Locale.of("ru"), "ru", "Русский"), new UiLanguage("fi", Locale.of("fi"), "fi", "Suomi"),
			new UiLanguage("de", Locale.GERMAN, "de", "Deutsch"), new UiLanguage("fr", Locale.FRENCH, "fr", "Français"));

	public static final List<Locale> LOCALES = ALL.stream().map(UiLanguage::locale).toList();

	/** The tag {@code ?lang=} takes for it ({@code zh-CN} for Chinese, the code otherwise). */
	public String tag() {
		return locale.toLanguageTag();
	}

	/** The interface language for a locale of any region or script, if the interface speaks it. */
	public static Optional<UiLanguage> of(Locale locale) {
		String language = locale.getLanguage();
		return ALL.stream().filter(candidate -> candidate.code.equals(language)).findFirst();
	}

	public static Optional<UiLanguage> ofCode(String code) {
		return ALL.stream().filter(candidate -> candidate.code.equals(code)).findFirst();
	}

	/**
	 * The interface language a tag asks for ({@code zh}, {@code zh-CN}, {@code zh_Hans},
	 * {@code fi-FI}); English for a language the interface does not speak or no tag.
	 */
	public static UiLanguage ofTag(@Nullable String tag) {
		return tag == null ? ENGLISH : of(Locale.forLanguageTag(tag.replace('_', '-'))).orElse(ENGLISH);
	}

}
