package org.twinport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.twinport.catalog.Categories;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.MerchantManagement;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.TariffClassification;
import org.twinport.network.NetworkDirectory;

/**
 * The sample catalog (demo/catalog-samples.json): categories, sample merchants of Jinan
 * and partner cities, a few dozen products named "(sample)", a domestic warehouse with
 * stock each, and a demo FX set marked as demo.
 */
@Component
class CatalogSamples {

	private static final Logger log = LoggerFactory.getLogger(CatalogSamples.class);

	private final JsonMapper json;

	private final NetworkDirectory network;

	private final Categories categories;

	private final MerchantManagement merchants;

	private final ProductManagement products;

	private final FxRates rates;

	private final TariffClassification classification;

	CatalogSamples(JsonMapper json, NetworkDirectory network, Categories categories, MerchantManagement merchants,
			ProductManagement products, FxRates rates, TariffClassification classification) {
		this.classification = classification;
		this.json = json;
		this.network = network;
		this.categories = categories;
		this.merchants = merchants;
		this.products = products;
		this.rates = rates;
	}

	void load() {
		JsonNode samples;
		try (InputStream in = new ClassPathResource("demo/catalog-samples.json").getInputStream()) {
			samples = json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		JsonNode fx = samples.get("fx");
		rates.importEcbCsv(new StringReader(fx.get("csv").asString()), fx.get("source").asString(), true);
		for (JsonNode category : samples.get("categories")) {
			categories.define(category.get("code").asString(), category.get("parent").asString(),
					json.convertValue(category.get("names"), new TypeReference<Map<String, String>>() {
					}));
		}
		Map<String, Long> merchantIds = new HashMap<>();
		for (JsonNode merchant : samples.get("merchants")) {
			String code = merchant.get("code").asString();
			long place = network.placeIdByCode(merchant.get("place").asString()).orElseThrow();
			long id = merchants.register(code, merchant.get("legalName").asString(),
					json.convertValue(merchant.get("names"), new TypeReference<Map<String, String>>() {
					}), place, merchant.get("country").asString(), merchant.get("currency").asString(),
					merchant.get("verified").asBoolean(), true);
			merchants.addWarehouse(id, "main", "DOMESTIC", merchant.get("country").asString());
			merchantIds.put(code, id);
		}
		int n = 0;
		Set<String> notLoaded = new TreeSet<>();
		for (JsonNode product : samples.get("products")) {
			long merchant = merchantIds.get(product.get("merchant").asString());
			ProductDraft draft = withCheckableNationalCodes(json.treeToValue(product.get("draft"), ProductDraft.class),
					notLoaded);
			var created = products.create(merchant, draft);
			for (var variant : created.variants()) {
				products.setOnHand(null, variant.id(), "main", 20 + (n++ % 7) * 15);
			}
		}
		if (!notLoaded.isEmpty()) {
			log.warn("The sample products' national codes for {} were left out: no tariff schedule of theirs was "
					+ "loaded before the sample catalog", notLoaded);
		}
	}

	/**
	 * The draft without the national codes of destinations whose schedule is not loaded
	 * yet: the catalog refuses a code it cannot check, and the samples should load whole.
	 */
	private ProductDraft withCheckableNationalCodes(ProductDraft draft, Set<String> notLoaded) {
		if (draft.nationalCodes() == null) {
			return draft;
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, String> checkable = new LinkedHashMap<>();
		draft.nationalCodes().forEach((country, code) -> {
			if (classification.scheduleVersion(country, today).isPresent()) {
				checkable.put(country, code);
			}
			else {
				notLoaded.add(country);
			}
		});
		return new ProductDraft(draft.sku(), draft.categoryCode(), draft.defaultLang(), draft.texts(),
				draft.attributes(), draft.hsCode(), draft.originCountry(), draft.weightGrams(), draft.dimensions(),
				draft.basePrice(), draft.status(), draft.markets(), draft.marketPrices(), draft.variants(), checkable);
	}

}
