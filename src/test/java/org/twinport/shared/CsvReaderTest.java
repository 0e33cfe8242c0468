package org.twinport.shared;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

	@Test
	void eachRecordKnowsTheLineItStartsOnAcrossBlankLinesAndQuotedLineBreaks() {
		String csv = "\uFEFFa,b\r\n\r\n\"two\r\nlines\",\"say \"\"hi\"\"\"\n\nlast,\n";
		try (CsvReader reader = CsvReader.of(new StringReader(csv))) {
			assertThat(reader.rest()).containsExactly(new CsvReader.Row(1, List.of("a", "b")),
					new CsvReader.Row(3, List.of("two\r\nlines", "say \"hi\"")), new CsvReader.Row(6, List.of("last", "")));
		}
	}

	@Test
	void readsATabSeparatedFileAndNeutralisedCellsBackAsTheyWere() {
		try (CsvReader reader = CsvReader.of(new StringReader("x\ty\r\n'=1\tb,c"), '\t').restoringNeutralisedCells()) {
			reader.next();
			assertThat(reader.next().cells()).containsExactly("=1", "b,c");
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void aQuoteNeverClosedIsAnErrorOnItsLine() {
		try (CsvReader reader = CsvReader.of(new StringReader("a\nb\n\"open,\nrest"))) {
			reader.next();
			reader.next();
			assertThatThrownBy(reader::next).isInstanceOf(InvalidInputException.class)
				.satisfies(ex -> assertThat(((InvalidInputException) ex).reason().code())
					.isEqualTo("shared.problem.quoteNeverClosed"))
				.extracting(ex -> ((InvalidInputException) ex).field())
				.isEqualTo("line 3");
		}
	}

	@Test
	void whatCsvWriterWritesReadsBack() {
		List<Object> cells = List.of("=SUM(A1)", "a,b", "quote \"q\"", "two\nlines", "'plain'", 12);
		try (CsvReader reader = CsvReader.of(new StringReader(new CsvWriter().row(cells).toString()))
			.restoringNeutralisedCells()) {
			assertThat(reader.next().cells()).containsExactly("=SUM(A1)", "a,b", "quote \"q\"", "two\nlines",
					"'plain'", "12");
		}
	}

}
