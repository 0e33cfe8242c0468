package org.twinport.exchange.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.twinport.exchange.DonationDraft;
import org.twinport.exchange.DonationManagement;
import org.twinport.exchange.DonationView;
import org.twinport.exchange.ExchangeDraft;
import org.twinport.exchange.ExchangeManagement;
import org.twinport.exchange.ExchangeQuery;
import org.twinport.exchange.ExchangeView;
import org.twinport.exchange.ProjectDraft;
import org.twinport.exchange.ProjectManagement;
import org.twinport.exchange.ProjectView;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.PageResult;

/**
 * Exchanges, donations and projects as a {@code twinport-exchanges/1} document, the
 * format the demo loader reads, for the API and the office's pages alike. Written from
 * what staff read, so that importing it elsewhere (or here again) gives the same records.
 */
@Component
class ExchangeExport {

	static final String FILE_NAME = "twinport-exchanges.json";

	record Document(String format, List<ExchangeDraft> exchanges, List<DonationDraft> donations,
			List<ProjectDraft> projects) {
	}

	private final ExchangeManagement exchanges;

	private final DonationManagement donations;

	private final ProjectManagement projects;

	private final JsonMapper json;

	ExchangeExport(ExchangeManagement exchanges, DonationManagement donations, ProjectManagement projects,
			JsonMapper json) {
		this.exchanges = exchanges;
		this.donations = donations;
		this.projects = projects;
		this.json = json;
	}

	byte[] document(TwinportUser user) {
		List<ExchangeView> all = new ArrayList<>();
		PageResult<ExchangeView> page;
		int number = 0;
		do {
			page = exchanges.exchanges(new ExchangeQuery(null, null, null, null), user, "en", number++, 200);
			all.addAll(page.items());
		}
		while (page.items().size() == 200);
		Map<Long, String> codes = new HashMap<>();
		all.forEach(e -> codes.put(e.id(), e.code() != null ? e.code() : "exchange-" + e.id()));
		Document document = new Document("twinport-exchanges/1",
				all.stream().map(e -> draft(e, codes.get(e.id()))).toList(),
				donations.donations(null, user, "en").stream().map(d -> draft(d, codes)).toList(),
				projects.projects(user, "en").stream().map(ExchangeExport::draft).toList());
		return json.writeValueAsBytes(document);
	}

	private static ExchangeDraft draft(ExchangeView e, String code) {
		List<ExchangeDraft.Participant> participants = e.participants().stream().map(p -> {
			String type = p.type().toUpperCase(Locale.ROOT);
			return new ExchangeDraft.Participant(p.role(), type.equals("PLACE") ? p.code() : null,
					type.equals("ORGANIZATION") ? p.code() : null, type.equals("CONTACT") ? p.code() : null,
					type.equals("COUNTRY") ? p.code() : null, p.description());
		}).toList();
		return new ExchangeDraft(code, e.kind(), new LinkedHashMap<>(e.titles()), e.start(), e.end(), e.timeZone(),
				e.summary(), e.outcomes(), e.isPublic(), participants);
	}

	private static DonationDraft draft(DonationView d, Map<Long, String> exchangeCodes) {
		return new DonationDraft(d.code() != null ? d.code() : "donation-" + d.id(),
				d.exchangeId() == null ? null : exchangeCodes.get(d.exchangeId()), d.direction(),
				party(d.donor(), "PLACE"), party(d.donor(), "ORGANIZATION"), party(d.donor(), "NAME"),
				party(d.recipient(), "PLACE"), party(d.recipient(), "ORGANIZATION"), party(d.recipient(), "NAME"),
				d.recipientCountry(), d.status(), d.pledgedOn(), d.shippedOn(), d.deliveredOn(), d.notes(),
				d.isPublic(), d.items());
	}

	private static String party(DonationView.Party party, String type) {
		if (party == null || !type.equals(party.type())) {
			return null;
		}
		return type.equals("NAME") ? party.name() : party.code();
	}

	private static ProjectDraft draft(ProjectView p) {
		return new ProjectDraft(p.code(), p.names(), p.summary(), p.isPublic(), p.subProjects()
			.stream()
			.map(s -> new ProjectDraft.SubProject(s.partnerCode(), s.names(), s.status(), s.notes(), s.milestones()))
			.toList());
	}

}
