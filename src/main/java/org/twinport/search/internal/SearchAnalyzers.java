package org.twinport.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * One analysed field per analysis family: stemming for English, Finnish, German and
 * Russian; word segmentation for Chinese; bigrams for Japanese and Korean (and as a
 * second chance for Chinese); and a plain standard field that every text also goes to,
 * which serves typo tolerance and the languages without a family of their own.
 */
final class SearchAnalyzers {

	static final List<String> FAMILIES = List.of("en", "fi", "de", "ru", "zh", "cjk", "std");

	private SearchAnalyzers() {
	}

	/**
	 * The analysed families a text in this language is indexed under (always including
	 * std).
	 */
	static List<String> familiesOf(String lang) {
		return switch (lang == null ? "" : lang.toLowerCase(Locale.ROOT)) {
			case "en", "fi", "de", "ru" -> List.of(lang, "std");
			case "zh" -> List.of("zh", "cjk", "std");
			case "ja", "ko" -> List.of("cjk", "std");
			default -> List.of("std");
		};
	}

	/**
	 * The families worth asking for a query: a family only matches text in the scripts
	 * its languages are written in, and std matches everything.
	 */
	static List<String> familiesFor(String query) {
		boolean latin = false;
		boolean cyrillic = false;
		boolean cjk = false;
		for (int i = 0; i < query.length();) {
			int c = query.codePointAt(i);
			i += Character.charCount(c);
			if (!Character.isLetterOrDigit(c)) {
				continue;
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			switch (script) {
				case LATIN, COMMON -> latin = true;
				case CYRILLIC -> cyrillic = true;
				case HAN, HIRAGANA, KATAKANA, HANGUL -> cjk = true;
				default -> {
					return FAMILIES;
				}
			}
		}
		List<String> families = new java.util.ArrayList<>();
		if (latin) {
			families.addAll(List.of("en", "fi", "de"));
		}
		if (cyrillic) {
			families.add("ru");
		}
		if (cjk) {
			families.addAll(List.of("zh", "cjk"));
		}
		families.add("std");
		return families;
	}

	static Analyzer create() {
		Map<String, Analyzer> fields = new HashMap<>();
		Map<String, Analyzer> families = Map.of("en", new EnglishAnalyzer(), "fi", new FinnishAnalyzer(), "de",
				new GermanAnalyzer(), "ru", new RussianAnalyzer(), "zh", new SmartChineseAnalyzer(), "cjk",
				new CJKAnalyzer(), "std", new StandardAnalyzer());
		families.forEach((family, analyzer) -> {
			fields.put(Fields.title(family), analyzer);
			fields.put(Fields.description(family), analyzer);
		});
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
	}

}
