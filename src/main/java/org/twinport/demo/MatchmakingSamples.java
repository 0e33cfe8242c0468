package org.twinport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.MerchantView;
import org.twinport.identity.AccountManagement;
import org.twinport.identity.TwinportUser;
import org.twinport.matchmaking.Companies;
import org.twinport.matchmaking.CompanyProfile;
import org.twinport.matchmaking.CompanySize;
import org.twinport.matchmaking.Meetings;
import org.twinport.matchmaking.Offering;
import org.twinport.matchmaking.ProfileDraft;
import org.twinport.matchmaking.RequestMode;
import org.twinport.matchmaking.SessionDraft;

/**
 * Sample matchmaking data (demo/matchmaking-samples.json): profiles for five sample
 * merchants, three sample buying companies managed by the office, and a sample session at
 * the 2021 online conference with a few accepted requests, scheduled. Every company is
 * named "(demo)" or is a sample merchant.
 */
@Component
class MatchmakingSamples {

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final MerchantManagement merchants;

	private final Companies companies;

	private final Meetings meetings;

	private final AccountManagement accounts;

	MatchmakingSamples(JsonMapper json, JdbcClient jdbc, MerchantManagement merchants, Companies companies,
			Meetings meetings, AccountManagement accounts) {
		this.json = json;
		this.jdbc = jdbc;
		this.merchants = merchants;
		this.companies = companies;
		this.meetings = meetings;
		this.accounts = accounts;
	}

	void load() {
		JsonNode samples;
		try (InputStream in = new ClassPathResource("demo/matchmaking-samples.json").getInputStream()) {
			samples = json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Long> ids = new ArrayList<>();
		for (JsonNode sample : samples.get("merchants")) {
			MerchantView merchant = merchants.merchants()
				.stream()
				.filter(m -> m.code().equals(sample.get("code").asString()))
				.findFirst()
				.orElse(null);
			if (merchant == null) {
				continue;
			}
			CompanyProfile profile = companies.ofMerchant(merchant.id(), "en");
			ids.add(companies.save(profile.id(), draft(sample, profile.name(), profile.placeCode(), "SMALL"), "en")
				.id());
		}
		for (JsonNode sample : samples.get("buyers")) {
			ids.add(companies
				.register(draft(sample, sample.get("name").asString(), sample.get("placeCode").asString(),
						sample.get("size").asString()), true, "en")
				.id());
		}
		Long exchange = jdbc.sql("select id from exchange.exchange where code = 'jinan-2021-10-online-conference'")
			.query(Long.class)
			.optional()
			.orElse(null);
		TwinportUser admin = accounts.findByUsername("admin").orElse(null);
		if (exchange == null || admin == null || ids.size() < 6) {
			return;
		}
		var session = meetings
			.create(new SessionDraft(exchange, "Sample B2B meetings at the online conference (demo)", "Asia/Shanghai",
					// The next morning in Jinan is the afternoon before in Sacramento: its
					// meetings go there, inside its working hours.
					List.of(new SessionDraft.Day(LocalDate.of(2021, 10, 20), LocalTime.of(15, 0), LocalTime.of(17, 0)),
							new SessionDraft.Day(LocalDate.of(2021, 10, 21), LocalTime.of(8, 0), LocalTime.of(9, 0))),
					20, 10, RequestMode.APPROVAL, 4, List.of(new SessionDraft.RoomDraft("Virtual room A", 2),
							new SessionDraft.RoomDraft("Virtual room B", 2))),
					admin, "en");
		ids.forEach(id -> meetings.join(admin, session.id(), id, List.of()));
		// tea ↔ Wakayama importer, ironware ↔ Vantaa store, garlic ↔ Sacramento foods,
		// ironware ↔ Augsburg kitchen
		int[][] pairs = { { 5, 0 }, { 6, 2 }, { 7, 1 }, { 4, 2 } };
		for (int[] pair : pairs) {
			var request = meetings.request(admin, session.id(), ids.get(pair[0]), ids.get(pair[1]),
					"Sample request (demo)");
			meetings.answer(admin, request.id(), true);
		}
		meetings.schedule(session.id());
	}

	private ProfileDraft draft(JsonNode sample, String name, String placeCode, String size) {
		return new ProfileDraft(name, placeCode, CompanySize.valueOf(size), true, json
			.convertValue(sample.get("descriptions"), new tools.jackson.core.type.TypeReference<Map<String, String>>() {
			}), strings(sample, "sellsHs"), strings(sample, "buysHs"),
				strings(sample, sample.has("isic") ? "isic" : "isicSections"),
				strings(sample, "offers").stream().map(Offering::valueOf).toList(),
				strings(sample, "seeks").stream().map(Offering::valueOf).toList(), strings(sample, "markets"),
				strings(sample, "languages"), null, null);
	}

	private static List<String> strings(JsonNode node, String field) {
		List<String> out = new ArrayList<>();
		if (node.has(field)) {
			node.get(field).forEach(value -> out.add(value.asString()));
		}
		return out;
	}

}
