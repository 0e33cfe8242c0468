package org.twinport.pricing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.twinport.pricing.Quote.Refusal;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.internal.RestrictedGoodsDocument.Entry;
import org.twinport.pricing.internal.RestrictedGoodsDocument.Kind;
import org.twinport.pricing.internal.RestrictedGoodsDocument.Scope;

/**
 * Screens goods against the restricted-goods list in force: which items may not be sold
 * into the destination (refusals, worded {@code refusal.<kind>}), and whether an item
 * takes the consignment out of the market's point-of-sale scheme. Pure: no I/O, no clock;
 * reads only the destination's entries.
 */
public final class Screening {

	/** Nothing refused, nothing excluded. */
	static final Result CLEAR = new Result(List.of(), null);

	private Screening() {
	}

	/**
	 * @param posExclusion the first entry that takes the consignment out of the
	 * point-of-sale scheme, with the item it matched; null when none does
	 */
	public record Result(List<Refusal> refusals, Exclusion posExclusion) {
	}

	public record Exclusion(Entry entry, int item, String hsCode) {
	}

	static Result screen(RestrictedGoodsList list, QuoteRequest request, LocalDate date) {
		List<Entry> entries = list.entries(request.destination());
		if (entries.isEmpty()) {
			return CLEAR;
		}
		boolean consumer = request.buyerType() == QuoteRequest.BuyerType.CONSUMER;
		List<Refusal> refusals = null;
		Exclusion exclusion = null;
		for (int i = 0; i < request.items().size(); i++) {
			QuoteRequest.Item item = request.items().get(i);
			for (Entry entry : entries) {
				if (!applies(entry, item.hsCode(), item.originCountry(), date, consumer)) {
					continue;
				}
				if (entry.kind().refuses()) {
					if (refusals == null) {
						refusals = new ArrayList<>();
					}
					refusals.add(refusal(entry, i, item.hsCode(), item.originCountry(), request.destination()));
				}
				else if (exclusion == null) {
					exclusion = new Exclusion(entry, i, item.hsCode());
				}
			}
		}
		return refusals == null && exclusion == null ? CLEAR
				: new Result(refusals == null ? List.of() : List.copyOf(refusals), exclusion);
	}

	/**
	 * The refusals for goods of that code and origin sold to a consumer in each market of
	 * the list, one per market and entry.
	 */
	static List<Refusal> screen(RestrictedGoodsList list, String hsCode, String origin, LocalDate date,
			List<String> markets) {
		List<Refusal> refusals = new ArrayList<>();
		for (String market : markets) {
			for (Entry entry : list.entries(market)) {
				if (entry.kind().refuses() && applies(entry, hsCode, origin, date, true)) {
					refusals.add(refusal(entry, null, hsCode, origin, market));
				}
			}
		}
		return refusals;
	}

	static boolean applies(Entry entry, String hsCode, String origin, LocalDate date, boolean consumer) {
		return MarketRules.active(entry.from(), entry.to(), date) && (consumer || entry.scope() == Scope.ALL)
				&& (entry.origins() == null || entry.origins().isEmpty() || entry.origins().contains(origin))
				&& MarketRules.prefixLength(entry.hsPrefixes(), hsCode) >= 0;
	}

	private static Refusal refusal(Entry entry, Integer item, String hsCode, String origin, String market) {
		Kind kind = entry.kind();
		return new Refusal(kind.name(), null, item, entry.id(), entry.source().text(),
				LineReason.of(kind.name(), "hsCode", hsCode, "origin", origin, "market", market, "authority",
						entry.source().authority(), "reference", entry.source().reference())
					.args());
	}

}
