package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.twinport.pricing.ExchangeRates;
import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote.Refusal;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.internal.RuleDocument.Applies;
import org.twinport.pricing.internal.RuleDocument.BusinessBuyers;
import org.twinport.pricing.internal.RuleDocument.BusinessTreatment;
import org.twinport.pricing.internal.RuleDocument.Compares;
import org.twinport.pricing.internal.RuleDocument.PointOfSale;
import org.twinport.pricing.internal.RuleDocument.Source;
import org.twinport.pricing.internal.RuleDocument.Threshold;
import org.twinport.pricing.internal.RuleDocument.ValueBasis;
import org.twinport.pricing.tariff.ScheduleIndex;
import org.twinport.shared.Money;

final class Calculation {

	private final MarketRules market;

	private final QuoteRequest request;

	private final Consignment consignment;

	private final LocalDate date;

	private final ExchangeRates fx;

	private final String currency;

	final List<QuoteLine> lines = new ArrayList<>();

	final List<Refusal> refusals = new ArrayList<>();

	/** The point-of-sale regime the consignment goes through, if any. */
	private @Nullable PointOfSale pointOfSale;

	/** The restricted-goods screening of the consignment. */
	Screening.Result screened = Screening.CLEAR;

	/** How a business buyer is treated instead of the point-of-sale regime; null for consumers. */
	private @Nullable BusinessBuyers business;

	/** Unrounded duty per item, so that tax bases include it exactly. */
	private final BigDecimal[] dutyPerItem;

	/** The market's national schedule in force on the date; null when it names none or none is loaded. */
	private final @Nullable ScheduleIndex schedule;

	/** Whether a duty was looked up in {@link #schedule}: the quote then records its version. */
	boolean scheduleUsed;

	Calculation(MarketRules market, QuoteRequest request, Consignment consignment, LocalDate date,
			ExchangeRates fx, ScheduleIndex schedule) {
		this.schedule = schedule;
		this.market = market;
		this.request = request;
		this.consignment = consignment;
		this.date = date;
		this.fx = fx;
		this.currency = market.currency();
		this.dutyPerItem = new BigDecimal[request.items().size()];
		java.util.Arrays.fill(dutyPerItem, BigDecimal.ZERO);
	}

	void run() {
		goodsAndTransport();
		refusals.addAll(screened.refusals());
		var retail = market.crossBorderRetail(date);
		if (retail.isPresent()) {
			new CrossBorderRetailRegime(this, retail.get()).apply();
			return;
		}
		PointOfSale pos = pointOfSale().orElse(null);
		if (pos != null && screened.posExclusion() != null) {
			excludedFrom = pos;
			pos = null;
		}
		if (pos != null && pos.businessBuyers() != null && businessBuyer()) {
			business = pos.businessBuyers();
			if (business.treatment() == BusinessTreatment.IMPORT_VAT) {
				pos = null;
			}
		}
		pointOfSale = pos;
		DutyLines.apply(this, pos);
		FeeLines.apply(this);
		ImportTaxLines.apply(this, pos);
	}

	/** A business buyer that gave its tax number (checked before quoting). */
	private boolean businessBuyer() {
		return request.buyerType() == QuoteRequest.BuyerType.BUSINESS && request.buyer().taxId() != null
				&& !request.buyer().taxId().isBlank();
	}

	private void goodsAndTransport() {
		for (int i = 0; i < consignment.itemValues().size(); i++) {
			QuoteRequest.Item item = request.items().get(i);
			add(LineType.GOODS, consignment.itemValues().get(i), null, null, null, null, Collected.AT_CHECKOUT,
					item.description() == null
							? LineReason.of("goods.hs", "quantity", String.valueOf(item.quantity()), "hsCode",
									item.hsCode())
							: LineReason.of("goods", "quantity", String.valueOf(item.quantity()), "description",
									item.description()),
					i);
		}
		add(LineType.SHIPPING, consignment.shipping(), null, null, null, null, Collected.AT_CHECKOUT,
				LineReason.of("shipping"), null);
		if (consignment.insurance().amount().signum() != 0) {
			add(LineType.INSURANCE, consignment.insurance(), null, null, null, null, Collected.AT_CHECKOUT,
					LineReason.of("insurance"), null);
		}
	}

	/** The point-of-sale scheme the consignment would have gone through but for excise goods. */
	private @Nullable PointOfSale excludedFrom;

	private Optional<PointOfSale> pointOfSale() {
		return market.pointOfSale()
			.stream()
			.filter(pos -> MarketRules.active(pos.from(), pos.to(), date))
			.filter(pos -> atOrBelow(pos.compares(), pos.limit()))
			.findFirst();
	}

	Optional<Threshold> exemption(Applies kind) {
		return market.thresholds()
			.stream()
			.filter(t -> MarketRules.active(t.from(), t.to(), date))
			.filter(t -> t.applies() == kind || t.applies() == Applies.BOTH)
			.filter(this::coversEveryItem)
			.filter(t -> atOrBelow(t.compares(), t.limit()))
			.max(java.util.Comparator.comparing(t -> t.limit().amount()));
	}

	private boolean coversEveryItem(Threshold threshold) {
		if (threshold.shipFrom() != null && !threshold.shipFrom().isEmpty()
				&& !threshold.shipFrom().contains(request.origin())) {
			return false;
		}
		for (QuoteRequest.Item item : request.items()) {
			if (threshold.excludeOrigins() != null && threshold.excludeOrigins().contains(item.originCountry())) {
				return false;
			}
			if (threshold.origins() != null && !threshold.origins().isEmpty()
					&& !threshold.origins().contains(item.originCountry())) {
				return false;
			}
			if (MarketRules.prefixLength(threshold.excludeHsPrefixes(), item.hsCode()) > 0) {
				return false;
			}
		}
		return true;
	}

	boolean below(Compares compares, Money limit) {
		return compared(compares, limit).compareTo(limit.amount()) < 0;
	}

	boolean atOrBelow(Compares compares, Money limit) {
		return compared(compares, limit).compareTo(limit.amount()) <= 0;
	}

	/**
	 * The value a limit is compared with: converted into the limit's currency and
	 * rounded to its minor unit, as declared.
	 */
	private BigDecimal compared(Compares compares, Money limit) {
		return fx.convert(consignment.value(compares == null ? Compares.INTRINSIC : compares), limit.currency())
			.rounded()
			.amount();
	}

	/**
	 * Under a point-of-sale regime the buyer owes nothing at the door, whatever the
	 * incoterm; else DDP prepays at checkout and DAP pays on delivery.
	 */
	Collected borderOrCheckout() {
		return request.incoterm() == Incoterm.DDP || pointOfSale != null ? Collected.AT_CHECKOUT
				: Collected.AT_BORDER;
	}

	/** The number of distinct HS sub-headings among the goods. */
	int subheadings() {
		Set<String> subheadings = new LinkedHashSet<>();
		request.items().forEach(item -> subheadings.add(item.hsCode().substring(0, 6)));
		return subheadings.size();
	}

	void spreadDuty(Money amount) {
		for (int i = 0; i < dutyPerItem.length; i++) {
			dutyPerItem[i] = dutyPerItem[i].add(consignment.share(i, amount).amount());
		}
	}

	/** Adds an item's duty, unrounded, to what its tax base includes. */
	void addDuty(int i, BigDecimal exact) {
		dutyPerItem[i] = dutyPerItem[i].add(exact);
	}

	Collected dutyCollected() {
		return borderOrCheckout();
	}

	/**
	 * The item's customs value: its goods value plus, under CIF, its share of
	 * shipping and insurance.
	 */
	Money itemCustomsValue(int i) {
		Money value = consignment.valued(i);
		return market.customsValue() == ValueBasis.CIF ? value.plus(consignment.share(i, consignment.transport()))
				: value;
	}

	static String compares(Threshold t) {
		String compares = t.compares() == null ? "value" : t.compares().name().toLowerCase().replace('_', ' ');
		return LineReason.message("line.compares." + compares.replace(" ", ""), compares);
	}

	void add(LineType type, Money amount, Money base, BigDecimal rate, String ruleId, Source source,
			Collected collected, LineReason reason, Integer item) {
		lines.add(new QuoteLine(type, amount, base, rate, ruleId, source == null ? null : source.text(), collected,
				null, item, reason.code(), reason.args(), reason.estimate()));
	}

	/** How a business buyer is treated instead of the point-of-sale regime; null for consumers. */
	@Nullable BusinessBuyers business() {
		return business;
	}

	/** The point-of-sale regime the consignment's excise goods keep it out of; null when none. */
	@Nullable PointOfSale excludedFrom() {
		return excludedFrom;
	}

	Screening.Result screened() {
		return screened;
	}

	/** The item's duty so far, unrounded. */
	BigDecimal dutyPerItem(int item) {
		return dutyPerItem[item];
	}

	@Nullable ScheduleIndex schedule() {
		return schedule;
	}

	MarketRules market() {
		return market;
	}

	QuoteRequest request() {
		return request;
	}

	Consignment consignment() {
		return consignment;
	}

	LocalDate date() {
		return date;
	}

	ExchangeRates fx() {
		return fx;
	}

	String currency() {
		return currency;
	}

	/** Refuses with the code, worded by the bundles as {@code refusal.<code>} with the arguments. */
	void refuse(String code, Integer item, String ruleId, Source source, String... namesAndValues) {
		refusals.add(new Refusal(code, null, item, ruleId, source == null ? null : source.text(),
				LineReason.of(code, namesAndValues).args()));
	}

}
