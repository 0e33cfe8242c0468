package org.twinport.exchange.internal;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.exchange.DonationDraft;
import org.twinport.exchange.ExchangeDraft;
import org.twinport.exchange.ExchangeImport;
import org.twinport.exchange.ProjectDraft;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Service
class JsonExchangeImport implements ExchangeImport {

	static final String FORMAT = "twinport-exchanges/1";

	record Document(String format, String source, Boolean demo, List<ExchangeDraft> exchanges,
			List<DonationDraft> donations, List<ProjectDraft> projects) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ExchangeWriter exchanges;

	private final DonationStore donations;

	private final ProjectManagementService projects;

	JsonExchangeImport(JdbcClient jdbc, JsonMapper json, ExchangeWriter exchanges, DonationStore donations,
			ProjectManagementService projects) {
		this.jdbc = jdbc;
		this.json = json;
		this.exchanges = exchanges;
		this.donations = donations;
		this.projects = projects;
	}

	@Override
	@Transactional
	public Result importExchanges(InputStream input) {
		Document document;
		try {
			document = json.readValue(input, Document.class);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("document",
					Reason.of("exchange.problem.document", String.valueOf(ex.getOriginalMessage())));
		}
		if (!FORMAT.equals(document.format())) {
			throw new InvalidInputException("format", Reason.of("exchange.problem.format", FORMAT));
		}
		boolean demo = Boolean.TRUE.equals(document.demo());
		List<ExchangeDraft> exchangeDrafts = document.exchanges() == null ? List.of() : document.exchanges();
		for (int i = 0; i < exchangeDrafts.size(); i++) {
			ExchangeDraft draft = exchangeDrafts.get(i);
			each("exchanges[" + i + "]", draft.code(), code -> {
				Long id = idByCode("exchange.exchange", code, "exchange-");
				if (id == null) {
					exchanges.insert(draft, demo);
				}
				else {
					exchanges.update(id, draft);
				}
			});
		}
		List<DonationDraft> donationDrafts = document.donations() == null ? List.of() : document.donations();
		for (int i = 0; i < donationDrafts.size(); i++) {
			DonationDraft draft = donationDrafts.get(i);
			each("donations[" + i + "]", draft.code(),
					code -> donations.save(idByCode("exchange.donation", code, "donation-"), draft, demo));
		}
		List<ProjectDraft> projectDrafts = document.projects() == null ? List.of() : document.projects();
		for (int i = 0; i < projectDrafts.size(); i++) {
			ProjectDraft draft = projectDrafts.get(i);
			each("projects[" + i + "]", draft.code(),
					code -> projects.store(idByCode("exchange.project", code), draft, demo));
		}
		return new Result(exchangeDrafts.size(), donationDrafts.size(), projectDrafts.size());
	}

	/**
	 * Runs one entry, naming it in any error; entries need codes so that a second import
	 * updates them.
	 */
	private static void each(String at, String code, Consumer<String> action) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(at + ".code",
					Reason.of("exchange.problem.importCode"));
		}
		try {
			action.accept(code);
		}
		catch (InvalidInputException ex) {
			throw ex.about(at + "." + ex.field());
		}
	}

	/** {@code table} is one of this module's own tables, never user input. */
	private Long idByCode(String table, String code) {
		return jdbc.sql("select id from " + table + " where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * As {@link #idByCode(String, String)}; in addition, the export names a record that
	 * has no code by its id ({@code exchange-42}), and importing that here again gives
	 * record 42 this code instead of a duplicate.
	 */
	private Long idByCode(String table, String code, String exportPrefix) {
		Long id = idByCode(table, code);
		if (id == null && code.matches("^" + exportPrefix + "\\d{1,18}$")) {
			id = jdbc.sql("select id from " + table + " where id = :id and code is null")
				.param("id", Long.parseLong(code.substring(exportPrefix.length())))
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		return id;
	}

}
