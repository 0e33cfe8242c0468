package org.twinport.search.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import org.springframework.stereotype.Component;
import org.twinport.catalog.FxRates;
import org.twinport.catalog.ProductDocument;
import org.twinport.shared.Money;

/** Turns a catalog product into the index's document. */
@Component
class DocumentMapper {

	/**
	 * A product counts in its category and in every category above it, so that each
	 * category's count is what filtering by it finds.
	 */
	static final FacetsConfig FACETS = new FacetsConfig();

	static {
		FACETS.setMultiValued(Fields.CATEGORY, true);
	}

	private final FxRates rates;

	DocumentMapper(FxRates rates) {
		this.rates = rates;
	}

	Document toDocument(ProductDocument product) throws java.io.IOException {
		return toDocument(product, rates.latest());
	}

	/** The latest rates, read once for a rebuild that streams products over an open connection. */
	Optional<FxRates.RateSet> currentRates() {
		return rates.latest();
	}

	/**
	 * A product's document at the given rates: a rebuild passes them in, so that mapping never needs a second database
	 * connection while the product stream holds one (with every pooled connection held by a listener waiting for the
	 * rebuild, that second connection never came).
	 */
	Document toDocument(ProductDocument product, Optional<FxRates.RateSet> rateSet) throws java.io.IOException {
		Document doc = new Document();
		doc.add(new StringField(Fields.ID, Long.toString(product.id()), Field.Store.YES));
		doc.add(new NumericDocValuesField(Fields.ID_SORT, product.id()));
		doc.add(new NumericDocValuesField(Fields.CREATED, product.createdAt().toEpochMilli()));
		// Points under the same name let a sort by date skip what cannot make the page.
		doc.add(new LongPoint(Fields.CREATED, product.createdAt().toEpochMilli()));
		Map<String, String> shownPrices = new java.util.LinkedHashMap<>();
		product.prices().forEach((market, price) -> shownPrices.put(market, stored(price)));
		if (!product.prices().isEmpty()) {
			shownPrices.put(Fields.ANY_MARKET, stored(product.prices().values().iterator().next()));
		}
		doc.add(new BinaryDocValuesField(Fields.HIT,
				new BytesRef(new HitPayload(product.id(), product.merchantId(), product.merchantNames(),
						product.merchantCity(), product.originCountry(), product.defaultLang(), product.titles(),
						shownPrices)
					.bytes())));
		product.titles().forEach((lang, title) -> {
			doc.add(new StringField(Fields.EXACT_TITLE, Fields.exact(title), Field.Store.NO));
			for (String family : SearchAnalyzers.familiesOf(lang)) {
				doc.add(new TextField(Fields.title(family), title, Field.Store.NO));
			}
		});
		product.descriptions().forEach((lang, description) -> {
			for (String family : SearchAnalyzers.familiesOf(lang)) {
				doc.add(new TextField(Fields.description(family), description, Field.Store.NO));
			}
		});
		for (String sku : product.skus()) {
			doc.add(new StringField(Fields.EXACT_TITLE, Fields.exact(sku), Field.Store.NO));
		}
		for (String code : product.categoryPath()) {
			doc.add(new StringField(Fields.CATEGORY_PATH, code, Field.Store.NO));
		}
		for (String code : product.categoryPath()) {
			facet(doc, Fields.CATEGORY, code);
		}
		facet(doc, Fields.CITY, product.merchantCity());
		facet(doc, Fields.COUNTRY, product.merchantCountry());
		facet(doc, Fields.ORIGIN, product.originCountry());
		for (Map.Entry<String, Money> price : product.prices().entrySet()) {
			doc.add(new StringField(Fields.MARKET, price.getKey(), Field.Store.NO));
			price(doc, price.getKey(), price.getValue(), rateSet);
		}
		if (!product.prices().isEmpty()) {
			Money base = product.prices().values().iterator().next();
			price(doc, Fields.ANY_MARKET, base, rateSet);
		}
		return FACETS.build(doc);
	}

	private static String stored(Money price) {
		return price.amount().toPlainString() + " " + price.currency();
	}

	private void price(Document doc, String market, Money price, Optional<FxRates.RateSet> rateSet) {
		Long eur = eurUnits(price.amount(), price.currency(), rateSet);
		if (eur != null) {
			doc.add(new NumericDocValuesField(Fields.priceEur(market), eur));
			doc.add(new LongPoint(Fields.priceEur(market), eur));
		}
	}

	/**
	 * An amount in ten-thousandths of a euro at the latest rates, or null without a rate.
	 */
	Long eurUnits(BigDecimal amount, String currency) {
		return eurUnits(amount, currency, currency.equals("EUR") ? Optional.empty() : rates.latest());
	}

	private static Long eurUnits(BigDecimal amount, String currency, Optional<FxRates.RateSet> rateSet) {
		if (currency.equals("EUR")) {
			return amount.movePointRight(4).longValue();
		}
		BigDecimal perEur = rateSet.map(set -> set.perEur().get(currency)).orElse(null);
		return perEur == null ? null : amount.divide(perEur, MathContext.DECIMAL64).movePointRight(4).longValue();
	}

	private static void facet(Document doc, String dimension, String value) {
		if (value != null && !value.isBlank()) {
			doc.add(new SortedSetDocValuesFacetField(dimension, value));
			doc.add(new StringField(dimension, value, Field.Store.NO));
		}
	}

}
