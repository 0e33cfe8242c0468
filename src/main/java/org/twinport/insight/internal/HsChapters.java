package org.twinport.insight.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The titles of the HS chapters in English and Simplified Chinese, read from the data
 * file {@code insight/hs-chapters.tsv} (HS 2022, sources named in the file).
 */
@Component
class HsChapters {

	static final String RESOURCE = "insight/hs-chapters.tsv";

	private final Map<String, String> english;

	private final Map<String, String> chinese;

	HsChapters() {
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
	String name(String chapter, String lang) {
		Map<String, String> titles = lang != null && lang.startsWith("zh") ? chinese : english;
		return titles.getOrDefault(chapter, chapter);
	}

	/** Every chapter with its title, in chapter order. */
	Map<String, String> all(String lang) {
		Map<String, String> titles = new LinkedHashMap<>();
		english.keySet().forEach(code -> titles.put(code, name(code, lang)));
		return titles;
	}

}
