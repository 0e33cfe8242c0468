package org.twinport.pricing.tariff;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.twinport.shared.CsvReader;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * The layout of each market's schedule file, and the facts about the file bundled under
 * {@code pricing/tariffs/} (see the README there). An uploaded file of the same layout
 * loads as another version of that market.
 */
enum ScheduleFormat {

	US("USD", "pricing/tariffs/us/hts_2026_rev_10_flat.csv.gz", "HTS-2026-rev10", LocalDate.of(2026, 6, 9),
			"US International Trade Commission (USITC)",
			"Harmonized Tariff Schedule of the United States, 2026 Revision 10, column 1 General",
			"Public domain (US federal government work)") {
		@Override
		TariffRow row(Record r) {
			String code = digitsOf(r.get("htsno"));
			if (code.isEmpty()) {
				return null;
			}
			String inherited = digitsOf(r.get("general_inherited_from"));
			return new TariffRow(code, r.get("description"), r.get("general_effective"),
					inherited.isEmpty() ? null : inherited);
		}
	},
	GB("GBP", "pricing/tariffs/uk/global-uk-tariff-2021-01-01.csv", "UKGT-2021-01-01", LocalDate.of(2021, 1, 1),
			"UK Department for International Trade (DIT)",
			"UK Global Tariff from 1 January 2021 (dataset of 2020-06-25), column ukgt_duty_rate",
			"Open Government Licence v3.0") {
		@Override
		TariffRow row(Record r) {
			return new TariffRow(digitsOf(r.get("commodity")), r.get("description"), r.get("ukgt_duty_rate"), null);
		}
	},
	EU("EUR", "pricing/tariffs/eu/eu_cet_2020_from_ukgt.csv", "CET-2020", LocalDate.of(2020, 1, 1),
			"European Union (as published by the UK Department for International Trade)",
			"EU Common External Tariff 2020, third-country duty on CN 2020 codes (column cet_duty_rate of the UKGT dataset)",
			"Open Government Licence v3.0") {
		@Override
		TariffRow row(Record r) {
			return new TariffRow(digitsOf(r.get("commodity")), r.get("description"), r.get("cet_duty_rate"), null);
		}
	},
	JP("JPY", "pricing/tariffs/jp/japan_tariff_2026_07_09_flat.csv.gz", "JP-2026-07-09", LocalDate.of(2026, 7, 9),
			"Japan Customs (Ministry of Finance)",
			"実行関税率表 (Japan's tariff schedule), version 2026-07-09, applied MFN rate derived from 基本/暫定/WTO協定",
			"Government of Japan Standard Terms of Use 2.0 (compatible with CC BY 4.0); attribution: Japan Customs") {
		@Override
		TariffRow row(Record r) {
			String inherited = digitsOf(r.get("rates_inherited_from"));
			return new TariffRow(digitsOf(r.get("stat_code9")), r.get("description_ja"), r.get("mfn_applied_ja"),
					inherited.isEmpty() ? null : inherited);
		}
	},
	AU("AUD", "pricing/tariffs/au/au_schedule3_partial_flat.csv.gz", "AU-S3-2026-04", LocalDate.of(2026, 4, 1),
			"Australian Border Force (Department of Home Affairs)",
			"Customs Tariff Act 1995 Schedule 3 (Working Tariff), general rate; PARTIAL: 72 of 97 chapters",
			"© Commonwealth of Australia, CC BY 4.0") {
		@Override
		TariffRow row(Record r) {
			// The 8-digit tariff classification and its 2-digit statistical code.
			return new TariffRow(digitsOf(r.get("reference_number")) + digitsOf(r.get("statistical_code")),
					r.get("description"), r.get("general_rate"), null);
		}
	};

	/** One line as read from a file, its rate still in the file's notation. */
	record TariffRow(String code, String description, String rateText, String inheritedFrom) {
	}

	/** A record by column name. */
	record Record(Map<String, Integer> columns, List<String> fields) {

		String get(String column) {
			Integer index = columns.get(column);
			if (index == null) {
				throw new MissingColumn(column);
			}
			return index < fields.size() ? fields.get(index) : "";
		}

	}

	/** The file lacks a column its layout reads. */
	static final class MissingColumn extends IllegalArgumentException {

		final String column;

		MissingColumn(String column) {
			super("The file has no column " + column);
			this.column = column;
		}

	}

	final String dollarCurrency;

	final String resource;

	final String version;

	final LocalDate validFrom;

	final String authority;

	final String document;

	final String licence;

	ScheduleFormat(String dollarCurrency, String resource, String version, LocalDate validFrom, String authority,
			String document, String licence) {
		this.dollarCurrency = dollarCurrency;
		this.resource = resource;
		this.version = version;
		this.validFrom = validFrom;
		this.authority = authority;
		this.document = document;
		this.licence = licence;
	}

	/** A row of this market's file as a tariff line; null for a text-only row. */
	abstract TariffRow row(Record record);

	static Optional<ScheduleFormat> of(String market) {
		for (ScheduleFormat format : values()) {
			if (format.name().equalsIgnoreCase(market) || (format == GB && "UK".equalsIgnoreCase(market))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	InputStream openBundled() {
		InputStream in = ScheduleFormat.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("The bundled schedule " + resource + " is missing");
		}
		return in;
	}

	/** Streams the rows of a file of this layout, gzipped or not. */
	void read(InputStream file, Consumer<TariffRow> rows) throws IOException {
		try (Reader reader = new InputStreamReader(ungzipped(file), StandardCharsets.UTF_8)) {
			CsvReader csv = CsvReader.of(reader);
			List<String> header = next(csv);
			if (header == null) {
				throw new InvalidInputException("file", Reason.of("pricing.problem.scheduleEmpty"));
			}
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				columns.put(header.get(i).replace("\uFEFF", "").strip(), i);
			}
			for (List<String> fields = next(csv); fields != null; fields = next(csv)) {
				TariffRow row = row(new Record(columns, fields));
				if (row != null && !row.code().isEmpty()) {
					rows.accept(row);
				}
			}
		}
	}

	/** The next record's cells, or null at the end; a malformed file cannot be read. */
	private static List<String> next(CsvReader csv) throws IOException {
		try {
			CsvReader.Row row = csv.next();
			return row == null ? null : row.cells();
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException("file", Reason.of("pricing.problem.scheduleOpenQuote"));
		}
	}

	static InputStream ungzipped(InputStream file) throws IOException {
		BufferedInputStream in = new BufferedInputStream(file, 1 << 16);
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
	}

	static String digitsOf(String code) {
		return code == null ? "" : code.replaceAll("[^0-9]", "");
	}

}
