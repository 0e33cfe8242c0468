package org.twinport.network.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.network.PartialDate;
import org.twinport.network.PartnershipStatus;
import org.twinport.shared.CsvReader;
import org.twinport.shared.CsvWriter;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.PlainText;

/**
 * Partnerships as CSV (RFC 4180, UTF-8, a header line), written by {@link CsvWriter}, so
 * notes or fields that start like a formula are neutralised; reading takes that back off.
 * Importing goes through the network document import, so it is idempotent and all or
 * nothing; errors name the line and the column.
 */
@Component
class PartnershipCsv {

	static final List<String> COLUMNS = List.of("home", "partner", "kind", "status", "established",
			"fieldsOfCooperation", "notes");

	private static final Pattern ENTRY = Pattern.compile("^partnerships\\[(\\d+)]\\.?(.*)$");

	private final JdbcClient jdbc;

	PartnershipCsv(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String export() {
		CsvWriter out = new CsvWriter().row(COLUMNS);
		jdbc.sql("""
				select h.code as home, p.code as partner, s.kind, s.status, s.established_on, s.established_precision,
				       array_to_string(s.fields_of_cooperation, ';') as fields, s.notes
				from network.partnership s join network.place h on h.id = s.home_place_id
				join network.place p on p.id = s.partner_place_id where not s.archived order by s.id
				""").query((rs, n) -> {
			var established = rs.getObject("established_on", java.time.LocalDate.class);
			String date = established == null ? ""
					: new PartialDate(established, PartialDate.Precision.valueOf(rs.getString("established_precision")))
						.iso();
			out.row(rs.getString("home"), rs.getString("partner"), rs.getString("kind"), rs.getString("status"), date,
					rs.getString("fields"), rs.getString("notes"));
			return null;
		}).list();
		return out.toString();
	}

	NetworkDocument toDocument(String text) {
		List<List<String>> rows = parse(text);
		if (rows.isEmpty() || !rows.get(0).equals(COLUMNS)) {
			throw new InvalidInputException("line 1", Reason.of("network.problem.csvHeader", String.join(",", COLUMNS)));
		}
		List<NetworkDocument.Partnership> partnerships = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.size() != COLUMNS.size()) {
				throw new InvalidInputException("line " + (i + 1),
						Reason.of("network.problem.csvColumns", row.size(), COLUMNS.size()));
			}
			for (int column = 0; column < row.size(); column++) {
				PlainText.checked(row.get(column), "line " + (i + 1) + ": " + COLUMNS.get(column));
			}
			PartnershipStatus status;
			try {
				status = row.get(3).isBlank() ? null : PartnershipStatus.valueOf(row.get(3));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("line " + (i + 1) + ": status",
						Reason.of("network.problem.oneOf", Arrays.toString(PartnershipStatus.values())));
			}
			List<String> fields = row.get(5).isBlank() ? List.of() : List.of(row.get(5).split(";"));
			partnerships.add(new NetworkDocument.Partnership(row.get(0), row.get(1), row.get(2), status,
					row.get(4).isBlank() ? null : row.get(4), fields, row.get(6).isBlank() ? null : row.get(6), null));
		}
		return new NetworkDocument(NetworkDocument.FORMAT, "CSV import", false, null, null, null, partnerships);
	}

	/** Names the CSV line of an error found in the document built from it. */
	static InvalidInputException onLine(InvalidInputException ex) {
		Matcher entry = ENTRY.matcher(ex.field());
		if (!entry.matches()) {
			return ex;
		}
		int line = Integer.parseInt(entry.group(1)) + 2;
		return ex.about("line " + line + (entry.group(2).isEmpty() ? "" : ": " + entry.group(2)));
	}

	/** The records that are not blank lines; cells neutralised on export read back as written. */
	static List<List<String>> parse(String text) {
		try (CsvReader csv = CsvReader.of(new StringReader(text)).restoringNeutralisedCells()) {
			return csv.rest().stream().map(CsvReader.Row::cells).toList();
		}
	}

}
