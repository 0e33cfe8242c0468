package org.twinport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundles, one per module under {@code messages/}: every English message is
 * said in every other language, no key is owned by two modules, each bundle is named in
 * {@code spring.messages.basename}, and every message with arguments is a valid
 * {@link MessageFormat} pattern.
 */
class MessageBundlesTest {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	private static final List<String> LANGUAGES = List.of("zh", "ja", "ko", "ru", "fi", "de", "fr");

	@Test
	void everyEnglishMessageIsSaidInEveryLanguage() throws IOException {
		List<String> missing = new ArrayList<>();
		for (String module : modules()) {
			Properties english = load(module + ".properties");
			for (String language : LANGUAGES) {
				Properties other = load(module + "_" + language + ".properties");
				for (String key : new TreeSet<>(english.stringPropertyNames())) {
					if (!other.containsKey(key)) {
						missing.add(module + "_" + language + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noBundleSaysAKeyEnglishLacks() throws IOException {
		List<String> extra = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (!name.matches("[a-z]+_[a-z]{2}\\.properties")) {
					continue;
				}
				Properties english = load(name.substring(0, name.indexOf('_')) + ".properties");
				for (String key : new TreeSet<>(load(name).stringPropertyNames())) {
					if (!english.containsKey(key)) {
						extra.add(name + ": " + key);
					}
				}
			}
		}
		assertThat(extra).isEmpty();
	}

	/** Tax and fee labels come from the rule files and are worded through {@code line.label.*}. */
	@Test
	void everyLabelInTheRuleFilesHasAnEnglishMessage() throws IOException {
		Properties pricing = load("pricing.properties");
		java.util.regex.Pattern label = java.util.regex.Pattern.compile("\"label\"\\s*:\\s*\"([^\"]+)\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/pricing"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				var matcher = label.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = "line.label." + matcher.group(1).replaceAll("[^A-Za-z0-9]", "");
					if (!pricing.containsKey(key)) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void eachKeyBelongsToOneModule() throws IOException {
		Map<String, String> owner = new HashMap<>();
		List<String> twice = new ArrayList<>();
		for (String module : modules()) {
			for (String key : load(module + ".properties").stringPropertyNames()) {
				String earlier = owner.putIfAbsent(key, module);
				if (earlier != null) {
					twice.add(key + " in " + earlier + " and " + module);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		String configuration = Files.readString(Path.of("src/main/resources/application.yml"));
		for (String module : modules()) {
			assertThat(configuration).contains("messages/" + module);
		}
	}

	@Test
	void messagesWithArgumentsAreValidPatterns() throws IOException {
		List<String> broken = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.sorted().toList()) {
				Properties messages = load(file.getFileName().toString());
				for (String key : messages.stringPropertyNames()) {
					String message = messages.getProperty(key);
					if (!message.matches("(?s).*\\{\\d.*")) {
						if (message.contains("''")) {
							broken.add(file.getFileName() + ": " + key + " has '' but no argument, so it is shown doubled");
						}
						continue;
					}
					try {
						new MessageFormat(message);
						if (message.matches("(?s).*[^']'[^'{].*") && !message.contains("''")) {
							broken.add(file.getFileName() + ": " + key + " has a single quote (write '')");
						}
					}
					catch (IllegalArgumentException ex) {
						broken.add(file.getFileName() + ": " + key + ": " + ex.getMessage());
					}
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	private static List<String> modules() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			List<String> modules = files.map(file -> file.getFileName().toString())
				.filter(name -> name.matches("[a-z]+\\.properties"))
				.map(name -> name.substring(0, name.indexOf('.')))
				.sorted()
				.toList();
			assertThat(modules).hasSizeGreaterThan(10);
			return modules;
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
