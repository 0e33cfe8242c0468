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
 * The titles of the HS chapters in English and Simplified Chinese, read from the data
 * file {@code shared/hs-chapters.tsv} (HS 2022, sources named in the file); templates
 * call it as {@code @hsChapters}.
 */
@Component("hsChapters")
public class HsChapters {

	static final String RESOURCE = "shared/hs-chapters.tsv";

	private final Map<String, String> english;

	private final Map<String, String> chinese;

	public HsChapters() {
		Map<String, String> en = new LinkedHashMap<>();
		Map<String, String> zh = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				if (fields.length != 3 || !fields[0].matches("^[0-9]{2}$")) {
					throw new IllegalStateException(RESOURCE + ": malformed line: " + line);
				}
				en.put(fields[0], fields[1].strip());
				zh.put(fields[0], fields[2].strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.english = Collections.unmodifiableMap(en);
		this.chinese = Collections.unmodifiableMap(zh);
	}

	/** The chapter's title in the language ({@code zh} or English), or its code. */
	public String name(String chapter, String lang) {
		Map<String, String> titles = lang != null && lang.startsWith("zh") ? chinese : english;
		return titles.getOrDefault(chapter, chapter);
	}

	/** Every chapter with its title, in chapter order. */
	public Map<String, String> all(String lang) {
		Map<String, String> titles = new LinkedHashMap<>();
		english.keySet().forEach(code -> titles.put(code, name(code, lang)));
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
