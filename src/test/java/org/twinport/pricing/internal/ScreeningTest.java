package org.twinport.pricing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote.Refusal;
import org.twinport.pricing.QuoteRequest;
import org.twinport.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening per kind of entry, against the bundled list (each case cites the entry's
 * source, as the list does).
 */
class ScreeningTest {

	private static final RestrictedGoodsList LIST = bundled();

	private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

	private static RestrictedGoodsList bundled() {
		try (InputStream in = new ClassPathResource(RestrictedGoodsService.BUNDLED).getInputStream()) {
			return RestrictedGoodsList.parse(in);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static QuoteRequest request(String destination, QuoteRequest.Buyer buyer, String... hsAndOrigin) {
		List<QuoteRequest.Item> items = new java.util.ArrayList<>();
		for (int i = 0; i < hsAndOrigin.length; i += 2) {
			items.add(new QuoteRequest.Item(hsAndOrigin[i], hsAndOrigin[i + 1], 1, new Money(BigDecimal.TEN, "EUR"),
					BigDecimal.ONE, null));
		}
		return new QuoteRequest("CN", destination, null, Incoterm.DAP, DATE, items, null, null, null, null, buyer);
	}

	private static Screening.Result screen(String destination, String... hsAndOrigin) {
		return Screening.screen(LIST, request(destination, null, hsAndOrigin), DATE);
	}

	@Test
	void sanctionedOriginIsRefusedInEveryMemberStateFromTheDayTheBanTookEffect() {
		// Regulation (EU) No 833/2014 Art. 3i, Annex XXI, inserted by Regulation (EU) 2022/576
		for (String market : List.of("DE", "FI", "FR", "BG", "HU", "IT", "LT")) {
			Screening.Result result = screen(market, "090210", "CN", "441919", "RU");
			assertThat(result.refusals()).as(market).hasSize(1);
			Refusal refusal = result.refusals().get(0);
			assertThat(refusal.item()).as("the spoon, not the tea").isEqualTo(1);
			assertThat(refusal.code()).isEqualTo("SANCTIONED_ORIGIN");
			assertThat(refusal.args()).containsEntry("market", market).containsEntry("origin", "RU");
			assertThat(refusal.args().get("reference")).contains("2022/576");
		}
		assertThat(screen("GB", "441919", "RU").refusals()).as("not an EU rule for GB").isEmpty();
		assertThat(screen("DE", "441919", "FI").refusals()).isEmpty();
		assertThat(screen("DE", "691110", "RU").refusals()).as("porcelain is not chapter 44").isEmpty();
		QuoteRequest before = request("DE", null, "441919", "RU");
		assertThat(Screening.screen(LIST, before, LocalDate.of(2022, 4, 8)).refusals()).isEmpty();
		assertThat(Screening.screen(LIST, before, LocalDate.of(2022, 4, 9)).refusals()).hasSize(1);
	}

	@Test
	void anEmbargoWithoutHsPrefixesCoversEveryCode() {
		// 31 CFR 515.204
		assertThat(screen("US", "090210", "CU").refusals()).extracting(Refusal::ruleId)
			.containsExactly("US-CU-EMBARGO");
		assertThat(screen("US", "090210", "CN").refusals()).isEmpty();
	}

	@Test
	void restrictedGoodsAreRefusedForBusinessBuyersToo() {
		// Customs (Prohibited Imports) Regulations 1956, reg. 5A (AU vaping goods)
		QuoteRequest business = request("AU", new QuoteRequest.Buyer(QuoteRequest.BuyerType.BUSINESS, "51824753556"),
				"854340", "CN");
		assertThat(Screening.screen(LIST, business, DATE).refusals()).extracting(Refusal::code)
			.containsExactly("RESTRICTED");
		assertThat(Screening.screen(LIST, business, LocalDate.of(2024, 2, 29)).refusals()).isEmpty();
	}

	@Test
	void exciseGoodsAreNotRefusedButTakeTheConsignmentOutOfThePointOfSaleScheme() {
		// HMRC: the GBP 135 rules do not apply to excise goods; GST Act s 84-77 (AU)
		Screening.Result wine = screen("GB", "090210", "CN", "220421", "FR");
		assertThat(wine.refusals()).isEmpty();
		assertThat(wine.posExclusion().item()).isEqualTo(1);
		assertThat(wine.posExclusion().entry().id()).isEqualTo("GB-POS-EXCISE-ALCOHOL");
		assertThat(screen("AU", "240220", "CN").posExclusion().entry().id()).isEqualTo("AU-POS-EXCLUDED-TOBACCO");
		assertThat(screen("GB", "090210", "CN")).isSameAs(Screening.CLEAR);
		QuoteRequest business = request("GB", new QuoteRequest.Buyer(QuoteRequest.BuyerType.BUSINESS, "GB123456789"),
				"220421", "FR");
		assertThat(Screening.screen(LIST, business, DATE).posExclusion()).as("no scheme for businesses anyway")
			.isNull();
	}

	@Test
	void goodsOffChinasCrossBorderRetailListAreRefusedForConsumersOnly() {
		// MOF and others, Announcement 2022 No. 7 (list of cross-border e-commerce retail imports)
		assertThat(screen("CN", "160100", "DE").refusals()).extracting(Refusal::code)
			.containsExactly("NOT_ON_CROSS_BORDER_RETAIL_LIST");
		assertThat(screen("CN", "020130", "AU").refusals()).hasSize(1);
		assertThat(screen("CN", "090210", "DE").refusals()).isEmpty();
		QuoteRequest business = request("CN", new QuoteRequest.Buyer(QuoteRequest.BuyerType.BUSINESS, "91370100"),
				"160100", "DE");
		assertThat(Screening.screen(LIST, business, DATE).refusals()).as("general trade, not the retail channel")
			.isEmpty();
	}

	@Test
	void aMarketWithoutEntriesCostsNothing() {
		assertThat(screen("JP", "220421", "RU")).isSameAs(Screening.CLEAR);
		assertThat(Screening.screen(RestrictedGoodsList.NONE, request("DE", null, "441919", "RU"), DATE))
			.isSameAs(Screening.CLEAR);
	}

	@Test
	void theProductPageScreenNamesEachMarketOfTheProduct() {
		List<Refusal> refusals = Screening.screen(LIST, "441919", "RU", DATE, List.of("DE", "GB", "FI", "CN"));
		assertThat(refusals).extracting(r -> r.args().get("market")).containsExactly("DE", "FI");
	}

}
