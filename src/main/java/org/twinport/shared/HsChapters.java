package org.twinport.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The titles of the HS chapters in the interface's languages, read from the data file
 * {@code shared/hs-chapters.tsv} (HS 2022; the file names its sources and, in its header
 * line, the language of each column); templates call it as {@code @hsChapters}. A title
 * missing in a language is given in English.
 */
@Component("hsChapters")
public class HsChapters {

	static final String RESOURCE = "shared/hs-chapters.tsv";

	/** The columns of a file without a header line. */
	private static final List<String> FIRST_COLUMNS = List.of("en", "zh");

	/** Titles by language, then by chapter; English has every chapter, in chapter order. */
	private final Map<String, Map<String, String>> titles;

	public HsChapters() {
		Map<String, Map<String, String>> read = new LinkedHashMap<>();
		List<String> languages = FIRST_COLUMNS;
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				if (fields[0].equals("chapter")) {
					languages = List.of(fields).subList(1, fields.length);
					continue;
				}
				if (fields.length != languages.size() + 1 || !fields[0].matches("^[0-9]{2}$")) {
					throw new IllegalStateException(RESOURCE + ": malformed line: " + line);
				}
				for (int i = 0; i < languages.size(); i++) {
					read.computeIfAbsent(languages.get(i), language -> new LinkedHashMap<>())
						.put(fields[0], fields[i + 1].strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!read.containsKey("en")) {
			throw new IllegalStateException(RESOURCE + ": no English column");
		}
		read.replaceAll((language, byChapter) -> Collections.unmodifiableMap(byChapter));
		this.titles = Collections.unmodifiableMap(read);
	}

	/** The chapter's title in the language ({@code zh}, {@code zh-CN}, {@code fi}), else in English, else its code. */
	public String name(String chapter, String lang) {
		String language = lang == null ? "en" : lang.length() > 2 ? lang.substring(0, 2) : lang;
		String title = titles.getOrDefault(language, Map.of()).get(chapter);
		return title != null ? title : titles.get("en").getOrDefault(chapter, chapter);
	}

	/** Every chapter with its title, in chapter order. */
	public Map<String, String> all(String lang) {
		Map<String, String> titles = new LinkedHashMap<>();
		this.titles.get("en").keySet().forEach(code -> titles.put(code, name(code, lang)));
		return titles;
	}

	/** Every chapter as a picker offers it: "09 Coffee, tea, maté and spices". */
	public List<Choice> options(String lang) {
		return all(lang).entrySet().stream().map(e -> new Choice(e.getKey(), e.getKey() + " " + e.getValue())).toList();
	}

	/**
	 * A code of 2, 4 or 6 digits named by its chapter: "0902 (09 Coffee, tea, maté and
	 * spices)"; a chapter by its title alone.
	 */
	public String label(String code, String lang) {
		if (code == null || code.length() < 2) {
			return code;
		}
		String chapter = code.substring(0, 2);
		String title = chapter + " " + name(chapter, lang);
		return code.length() == 2 ? title : code + " (" + title + ")";
	}

}
