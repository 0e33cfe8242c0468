package org.twinport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 17's size rule: a main source file over 300 lines says why in its Javadoc (a line
 * naming the 300), so that the next long file is a decision, not an accident.
 */
class FileSizeTest {

	private static final int LIMIT = 300;

	private static final Pattern SAYS_WHY = Pattern.compile("(?s)/\\*\\*.*?\\b300\\b.*?\\*/");

	@Test
	void aFileOverThreeHundredLinesSaysWhyInItsJavadoc() throws IOException {
		List<String> unexplained = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				long lines = source.lines().count();
				if (lines > LIMIT && !SAYS_WHY.matcher(source).find()) {
					unexplained.add(file + " (" + lines + " lines)");
				}
			}
		}
		assertThat(unexplained).isEmpty();
	}

}
