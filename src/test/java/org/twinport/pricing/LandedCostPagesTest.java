package org.twinport.pricing;

import org.junit.jupiter.api.Test;

import org.twinport.identity.Role;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

class LandedCostPagesTest extends IntegrationTest {

	@Test
	void theCalculatorShowsEachLineWithItsRuleAndWhenItIsPaid() {
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		var page = buyer.postForm("/landed-cost",
				"origin=CN&destination=FI&incoterm=DAP&hsCode=0902.10&originCountry=CN"
						+ "&quantity=2&unitPrice=75.00&currency=EUR&weightKg=0.25&shipping=10.00");
		assertThat(page.statusCode()).isEqualTo(200);
		// Tea is food: 13.5% in Finland since 2026-01-01, on 150.00 + 10.00 shipping + 3.00
		// flat duty (part of the VAT base) = 163.00 → 22.005 → 22.01
		assertThat(page.body()).contains("collected now under IOSS", "FI-VAT-13.5-FOOD", "EU-FLAT-DUTY-3", "22.01 EUR");
	}

	@Test
	void theCalculatorExplainsEachLineInTheReadersLanguage() {
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		buyer.get("/landed-cost?lang=zh-CN");
		var page = buyer.postForm("/landed-cost",
				"origin=CN&destination=FI&incoterm=DAP&hsCode=0902.10&originCountry=CN"
						+ "&quantity=2&unitPrice=75.00&currency=EUR&weightKg=0.25&shipping=10.00");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("在结账时代收", "FI-VAT-13.5-FOOD").doesNotContain("collected now under IOSS");
	}

	@Test
	void countriesAndCurrenciesArePickedByNameAndHsCodesAreSuggestedWithTheirDescriptions() {
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		String english = buyer.get("/landed-cost?lang=en").body();
		assertThat(english).contains("<select id=\"originCountry\" name=\"originCountry\" required>")
			.contains("<option value=\"CN\" selected=\"selected\">China</option>")
			.contains("<option value=\"EUR\" selected=\"selected\">Euro (EUR)</option>")
			.contains("list=\"hs-codes\"")
			.doesNotContain("maxlength=\"2\"")
			.doesNotContain("maxlength=\"3\"");
		assertThat(buyer.get("/landed-cost?lang=zh-CN").body()).contains("<option value=\"CN\" selected=\"selected\">中国</option>")
			.contains("欧元 (EUR)");
		buyer.get("/landed-cost?lang=en");
		assertThat(buyer.get("/landed-cost/hs-codes?hsCode=0902").body()).contains("<option value=\"090210\">090210 – Tea, green")
			.doesNotContain("value=\"0902\"");
		assertThat(buyer.get("/landed-cost/hs-codes?hsCode=green+tea").body()).contains("value=\"090210\"");
		assertThat(buyer.get("/landed-cost/hs-codes?hsCode=100%25_").body()).doesNotContain("<option");
	}

	@Test
	void badInputIsExplainedOnThePage() {
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		var page = buyer.postForm("/landed-cost", "origin=CN&destination=FI&incoterm=DAP&hsCode=12&originCountry=CN"
				+ "&quantity=2&unitPrice=75.00&currency=EUR&weightKg=0.25&shipping=10.00");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("role=\"alert\"", "HS code: must be 6 to 10 digits");
	}

	@Test
	void badInputIsExplainedInTheReadersLanguage() {
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		buyer.get("/landed-cost?lang=zh-CN");
		var page = buyer.postForm("/landed-cost", "origin=CN&destination=FI&incoterm=DAP&hsCode=12&originCountry=CN"
				+ "&quantity=2&unitPrice=75.00&currency=EUR&weightKg=0.25&shipping=10.00");
		assertThat(page.body()).contains("role=\"alert\"", "HS 编码: 必须是 6 到 10 位数字").doesNotContain("must be");
		// a refusal of the engine (HS chapter 77 does not exist) names the form's field too
		var engine = buyer.postForm("/landed-cost", "origin=CN&destination=FI&incoterm=DAP&hsCode=770000"
				+ "&originCountry=CN&quantity=2&unitPrice=75.00&currency=EUR&weightKg=0.25&shipping=10.00");
		assertThat(engine.body()).contains("HS 编码: 所写的 HS 章 77 不存在");
	}

	@Test
	void staffSeeTheRuleSetsInForce() {
		WebSession admin = WebSession.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
		var page = admin.get("/landed-cost/rules");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("demo-2026.11", "China, ", "Germany, ", "Finland").doesNotContain(">FI<");
		assertThat(admin.get("/landed-cost/rules?lang=zh-CN").body()).contains("中国, ", "德国, ", "芬兰");
	}

	@Test
	void theRuleSetsLinkToAPageOfTheirRules() {
		WebSession admin = WebSession.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
		assertThat(admin.get("/landed-cost/rules").body()).contains("href=\"/landed-cost/rules/demo-2026.11\"")
			.doesNotContain("href=\"/api/v1/landed-cost/rule-sets/demo-2026.11\"\">demo");
		var page = admin.get("/landed-cost/rules/demo-2026.11");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("Rule set demo-2026.11", "Group EU", "Market Finland",
				"The rules of group EU apply here too.", "Import tax", "VAT", "25.5 %", "2024-09-01",
				"Finnish Tax Administration (Vero)", "Relief threshold", "up to 150 EUR", "2026-06-30",
				"Example for the demo, not verified", "HS codes starting 0902")
			.doesNotContain("??", "\"format\"", "/api/v1/landed-cost");
	}

	@Test
	void aFormat2SetShowsEachRulesAuthorityLinkedReferenceDateCheckedAndDates() {
		WebSession admin = WebSession.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
		var page = admin.get("/landed-cost/rules/2026.12");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Rule set 2026.12", "Takes effect on 2026-12-07.", "Market Canada", "Market Israel",
				"Finnish Tax Administration (Vero):",
				"href=\"https://www.vero.fi/en/businesses-and-corporations/taxes-and-charges/vat/rates-of-vat/\"",
				"checked 2026-12-07", "13.5 %", "2026-01-01", "2025-12-31", "shipped from United States, Mexico", "CONTESTED")
			.doesNotContain("??", "{authority=", "\"authority\"");
		assertThat(admin.get("/landed-cost/rules/2026.12?lang=zh-CN").body()).contains("核对于 2026-12-07",
				"发货地 美国, 墨西哥", "自 2026-12-07 起生效。");
	}

	@Test
	void theRuleSetPageReadsInChinese() {
		WebSession admin = WebSession.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
		var page = admin.get("/landed-cost/rules/demo-2026.11?lang=zh-CN");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("规则集 demo-2026.11", "地区组 EU", "市场 芬兰", "进口环节税", "增值税", "免征限额",
				"不超过 150 EUR")
			.doesNotContain("??", "Import tax", "Relief threshold");
	}

	@Test
	void anUnknownRuleSetIsNotFound() {
		WebSession admin = WebSession.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
		assertThat(admin.get("/landed-cost/rules/no-such-version").statusCode()).isEqualTo(404);
	}

	@Test
	void ruleSetPagesAreForStaff() {
		WebSession buyer = WebSession.signedIn(baseUrl(), usernameFor(Role.BUYER), passwordFor(Role.BUYER));
		assertThat(buyer.get("/landed-cost/rules/demo-2026.11").statusCode()).isEqualTo(403);
	}

}
