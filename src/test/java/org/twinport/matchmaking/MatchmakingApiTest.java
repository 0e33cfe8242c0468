package org.twinport.matchmaking;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.ApiClient.Response;
import org.twinport.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matchmaking end to end over HTTP: a merchant (the sample tea company of Jinan) and a
 * buying company owned by the BUYER account (in Wakayama) find each other, trade an RFQ
 * and a quote, and meet at a session.
 */
class MatchmakingApiTest extends IntegrationTest {

	private static final String MM = "/api/v1/matchmaking";

	private static final String BUYER_PROFILE = """
			{"name": "Wakayama Tea Importers (test)", "placeCode": "jp-wakayama", "size": "SMALL",
			 "descriptions": {"en": "Imports Chinese tea", "ja": "中国茶の輸入"}, "buysHs": ["0902"],
			 "isicSections": ["G"], "offers": ["DISTRIBUTION_PARTNER", "BUYER"], "seeks": ["SUPPLIER"],
			 "markets": ["JP", "CN"], "languages": ["ja", "en", "zh"]}""";

	private long buyerCompany() {
		Response saved = api().put(MM + "/companies/me", BUYER_PROFILE, tokenFor(Role.BUYER));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		return saved.json().get("id").asLong();
	}

	private long merchantCompany() {
		Response mine = api().get(MM + "/companies/me", tokenFor(Role.MERCHANT));
		assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
		long id = mine.json().get("id").asLong();
		Response saved = api().put(MM + "/companies/me",
				"""
						{"name": "Sample Spring City Tea (demo)", "placeCode": "cn-jinan", "size": "SMALL", "sellsHs": ["090210"],
						 "isicSections": ["A", "G"], "offers": ["SUPPLIER"], "seeks": ["DISTRIBUTION_PARTNER", "BUYER"],
						 "markets": ["JP", "FI"], "languages": ["zh", "en"]}""",
				tokenFor(Role.MERCHANT));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		return id;
	}

	@Test
	void everyMerchantHasAProfileAndBuyersCreateTheirOwn() {
		Response all = api().get(MM + "/companies", tokenFor(Role.PARTNER_OFFICE));
		assertThat(all.status()).isEqualTo(200);
		long merchants = jdbc.sql("select count(*) from catalog.merchant").query(Long.class).single();
		long profiled = 0;
		for (JsonNode company : all.json()) {
			profiled += company.get("merchantId").isNull() ? 0 : 1;
		}
		assertThat(profiled).isEqualTo(merchants);
		long buyer = buyerCompany();
		assertThat(api().get(MM + "/companies/" + buyer, tokenFor(Role.MERCHANT)).json().get("timeZone").asString())
			.isEqualTo("Asia/Tokyo");
		assertThat(buyerCompany()).as("saving again keeps the one company").isEqualTo(buyer);
		assertThat(api().get(MM + "/companies/me", tokenFor(Role.PARTNER_OFFICE)).status()).isEqualTo(403);
	}

	@Test
	void aRefusalReachesAChineseClientInChinese() {
		Response noSize = api().send("PUT", MM + "/companies/me", BUYER_PROFILE.replace("\"size\": \"SMALL\",", ""),
				tokenFor(Role.BUYER), "Accept-Language", "zh");
		assertThat(noSize.status()).as(noSize.toString()).isEqualTo(400);
		JsonNode error = noSize.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("size");
		assertThat(error.get("code").asString()).isEqualTo("matchmaking.problem.size");
		assertThat(error.get("message").asString()).startsWith("为必填项").contains("MICRO");
		Response english = api().send("PUT", MM + "/companies/me", BUYER_PROFILE.replace("\"size\": \"SMALL\",", ""),
				tokenFor(Role.BUYER));
		assertThat(english.json().get("errors").get(0).get("message").asString())
			.as("English stays as API clients read it")
			.isEqualTo("is required: MICRO, SMALL, MEDIUM or LARGE");
		Response noPair = api().send("POST", MM + "/blocked-pairs", "{\"companyA\": 1}", tokenFor(Role.ADMIN),
				"Accept-Language", "zh");
		assertThat(noPair.status()).as(noPair.toString()).isEqualTo(400);
		assertThat(noPair.json().get("errors").get(0).get("field").asString()).isEqualTo("companyB");
		assertThat(noPair.json().get("errors").get(0).get("message").asString())
			.as("a Bean Validation message from the bundle, in Chinese")
			.isEqualTo("为必填项");
	}

	@Test
	void badProfilesAreRefusedNamingTheField() {
		Response response = api().put(MM + "/companies/me",
				BUYER_PROFILE.replace("\"buysHs\": [\"0902\"]", "\"buysHs\": [\"tea\"]"), tokenFor(Role.BUYER));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("buysHs");
		response = api().put(MM + "/companies/me", BUYER_PROFILE.replace("jp-wakayama", "xx-nowhere"),
				tokenFor(Role.BUYER));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("placeCode");
		response = api().put(MM + "/companies/me", BUYER_PROFILE.replace("\"JP\", \"CN\"", "\"ZZ\""),
				tokenFor(Role.BUYER));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("markets");
	}

	@Test
	void suggestionsComeWithReasonsAndCanBeHiddenOrBlocked() {
		long buyer = buyerCompany();
		long merchant = merchantCompany();
		Response forMerchant = api().get(MM + "/suggestions?limit=20", tokenFor(Role.MERCHANT));
		assertThat(forMerchant.status()).as(forMerchant.toString()).isEqualTo(200);
		JsonNode suggestion = find(forMerchant.json(), buyer);
		assertThat(suggestion).as(forMerchant.body()).isNotNull();
		String reasons = suggestion.get("reasons").toString();
		assertThat(reasons).contains("seeks HS 0902, which you sell")
			.contains("based in Wakayama, a sister city of Jinan")
			.contains("speaks Chinese");
		Response zh = api().get(MM + "/suggestions?limit=20&lang=zh", tokenFor(Role.MERCHANT));
		assertThat(find(zh.json(), buyer).get("reasons").toString()).contains("求购您所销售的 HS 0902");

		Response forBuyer = api().get(MM + "/suggestions?limit=20", tokenFor(Role.BUYER));
		assertThat(find(forBuyer.json(), merchant)).as(merchant + " in " + forBuyer.body()).isNotNull();
		assertThat(find(forBuyer.json(), merchant).get("reasons").toString()).contains("sells HS 0902, which you seek");
		assertThat(api().get(MM + "/suggestions?company=" + merchant, tokenFor(Role.BUYER)).status()).isEqualTo(404);

		assertThat(api()
			.post(MM + "/blocked-pairs", "{\"companyA\":" + buyer + ",\"companyB\":" + merchant + "}",
					tokenFor(Role.ADMIN))
			.status()).isEqualTo(204);
		assertThat(find(api().get(MM + "/suggestions?limit=50", tokenFor(Role.BUYER)).json(), merchant)).isNull();
		assertThat(api().delete(MM + "/blocked-pairs/" + buyer + "/" + merchant, tokenFor(Role.ADMIN)).status())
			.isEqualTo(204);
		assertThat(find(api().get(MM + "/suggestions?limit=50", tokenFor(Role.BUYER)).json(), merchant)).isNotNull();
	}

	@Test
	void aHiddenSuggestionStaysHidden() {
		long buyer = buyerCompany();
		long merchant = merchantCompany();
		api().get(MM + "/companies", tokenFor(Role.BUYER));
		long other = jdbc.sql("select id from matchmaking.company where id not in (:b, :m) order by id desc limit 1")
			.param("b", buyer)
			.param("m", merchant)
			.query(Long.class)
			.single();
		assertThat(
				api().post(MM + "/suggestions/hidden", "{\"companyId\":" + other + "}", tokenFor(Role.BUYER)).status())
			.isEqualTo(204);
		assertThat(find(api().get(MM + "/suggestions?limit=50", tokenFor(Role.BUYER)).json(), other)).isNull();
	}

	@Test
	void rfqQuoteRevisionAndAward() {
		long buyer = buyerCompany();
		long merchant = merchantCompany();
		String deadline = LocalDate.now().plusDays(30).toString();
		Response rfq = api().post(MM + "/rfqs", """
				{"product": "Green tea, loose leaf", "hsCode": "0902.10", "quantity": 500, "unit": "kg",
				 "targetUnitPrice": {"amount": "18.00", "currency": "EUR"}, "incoterm": "cif", "destination": "JP",
				 "deadline": "%s"}""".formatted(deadline), tokenFor(Role.BUYER));
		assertThat(rfq.status()).as(rfq.toString()).isEqualTo(201);
		long rfqId = rfq.json().get("id").asLong();
		assertThat(rfq.json().get("hsCode").asString()).isEqualTo("090210");
		assertThat(rfq.json().get("targetUnitPrice").get("amount").asString()).isEqualTo("18.00");

		Response suppliers = api().get(MM + "/rfqs/" + rfqId + "/suppliers", tokenFor(Role.BUYER));
		assertThat(find(suppliers.json(), merchant)).as(suppliers.body()).isNotNull();
		assertThat(api().get(MM + "/rfqs/" + rfqId + "/suppliers", tokenFor(Role.MERCHANT)).status()).isEqualTo(404);

		Response bad = api().post(MM + "/rfqs/" + rfqId + "/quotes", quote("17.00", "ABC"), tokenFor(Role.MERCHANT));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("currency");
		assertThat(api().post(MM + "/rfqs/" + rfqId + "/quotes", quote("17.00", "EUR"), tokenFor(Role.BUYER)).status())
			.as("a buyer cannot quote on its own RFQ")
			.isEqualTo(400);
		Response quote = api().post(MM + "/rfqs/" + rfqId + "/quotes", quote("17.00", "EUR"), tokenFor(Role.MERCHANT));
		assertThat(quote.status()).as(quote.toString()).isEqualTo(201);
		long quoteId = quote.json().get("id").asLong();
		assertThat(
				api().post(MM + "/rfqs/" + rfqId + "/quotes", quote("16.00", "EUR"), tokenFor(Role.MERCHANT)).status())
			.isEqualTo(409);
		assertThat(api().put(MM + "/quotes/" + quoteId, quote("16.50", "EUR"), tokenFor(Role.MERCHANT))
			.json()
			.get("revision")
			.asInt()).isEqualTo(1);
		assertThat(api().put(MM + "/quotes/" + quoteId, quote("16.00", "EUR"), tokenFor(Role.MERCHANT)).status())
			.as("one revision only")
			.isEqualTo(409);

		assertThat(api().get(MM + "/rfqs/" + rfqId + "/quotes", tokenFor(Role.PARTNER_OFFICE)).json().size())
			.as("quotes are private to the two parties and ADMIN")
			.isZero();
		assertThat(api().get(MM + "/rfqs/" + rfqId + "/quotes", tokenFor(Role.ADMIN)).json().size()).isEqualTo(1);
		assertThat(api().get(MM + "/rfqs/" + rfqId + "/quotes", tokenFor(Role.MERCHANT)).json().size()).isEqualTo(1);
		assertThat(api().get(MM + "/rfqs/" + rfqId, tokenFor(Role.PARTNER_OFFICE)).json().get("quoteCount").isNull())
			.isTrue();

		assertThat(api().post(MM + "/quotes/" + quoteId + "/accept", null, tokenFor(Role.MERCHANT)).status())
			.as("only the buyer accepts")
			.isEqualTo(404);
		Response awarded = api().post(MM + "/quotes/" + quoteId + "/accept", null, tokenFor(Role.BUYER));
		assertThat(awarded.status()).as(awarded.toString()).isEqualTo(200);
		assertThat(awarded.json().get("status").asString()).isEqualTo("AWARDED");
		assertThat(awarded.json().get("awardedQuoteId").asLong()).isEqualTo(quoteId);
		assertThat(api().post(MM + "/rfqs/" + rfqId + "/close", null, tokenFor(Role.BUYER)).status()).isEqualTo(409);
		assertThat(buyer).isPositive();
	}

	private static String quote(String amount, String currency) {
		return """
				{"unitPrice": {"amount": "%s", "currency": "%s"}, "moq": 100, "leadTimeDays": 21, "incoterm": "CIF",
				 "validUntil": "%s"}""".formatted(amount, currency, LocalDate.now().plusDays(20));
	}

	static JsonNode find(JsonNode suggestions, long companyId) {
		for (JsonNode node : suggestions) {
			if (node.get("companyId").asLong() == companyId) {
				return node;
			}
		}
		return null;
	}

}
