package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.twinport.pricing.ExchangeRates;
import org.twinport.pricing.Incoterm;
import org.twinport.pricing.Quote;
import org.twinport.pricing.Quote.Refusal;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.QuoteLine.Collected;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.internal.RuleDocument.Applies;
import org.twinport.pricing.internal.RuleDocument.BusinessBuyers;
import org.twinport.pricing.internal.RuleDocument.BusinessTreatment;
import org.twinport.pricing.internal.RuleDocument.Compares;
import org.twinport.pricing.internal.RuleDocument.FlatDuty;
import org.twinport.pricing.internal.RuleDocument.PointOfSale;
import org.twinport.pricing.internal.RuleDocument.Rate;
import org.twinport.pricing.internal.RuleDocument.Source;
import org.twinport.pricing.internal.RuleDocument.Threshold;
import org.twinport.pricing.internal.RuleDocument.ValueBasis;
import org.twinport.pricing.tariff.ScheduleIndex;
import org.twinport.pricing.tariff.TariffLines;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;

/**
 * Computes a landed-cost quote from a compiled rule set. Pure and thread-safe: no I/O, no
 * clock of its own. Amounts are converted into the destination currency first; every line
 * is rounded half-up to its minor unit.
 */
public final class LandedCostEngine {

	static final MathContext MC = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

	public Quote quote(CompiledRuleSet rules, QuoteRequest request, ExchangeRates fx, Instant now,
			java.time.Duration validity) {
		return quote(rules, TariffLines.NONE, RestrictedGoodsList.NONE, request, fx, now, validity);
	}

	/** A quote with the national schedules of {@code tariffs} and no restricted-goods screening. */
	public Quote quote(CompiledRuleSet rules, TariffLines tariffs, QuoteRequest request, ExchangeRates fx,
			Instant now, java.time.Duration validity) {
		return quote(rules, tariffs, RestrictedGoodsList.NONE, request, fx, now, validity);
	}

	/**
	 * A quote whose duty comes from the national tariff line where the market names a
	 * schedule and {@code tariffs} has a version of it in force on the quote's date, and
	 * whose goods are screened against the restricted-goods list in force on its date.
	 */
	public Quote quote(CompiledRuleSet rules, TariffLines tariffs, RestrictedGoodsList restricted,
			QuoteRequest request, ExchangeRates fx,
			Instant now, java.time.Duration validity) {
		MarketRules market = rules.market(request.destination())
			.orElseThrow(() -> new InvalidInputException("destination",
					Reason.of("pricing.problem.noMarket", rules.version(), request.destination())));
		LocalDate date = request.date() != null ? request.date() : LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
		Consignment consignment = Consignment.of(request, market, fx, valuation(market, request, date));
		ScheduleIndex schedule = market.tariff() == null ? null
				: tariffs.inForce(market.tariff(), date).orElse(null);
		if (schedule != null) {
			NationalLineDuty.checkCodes(request, schedule);
		}
		Calculation calculation = new Calculation(market, request, consignment, date, fx, schedule);
		calculation.screened = Screening.screen(restricted, request, date);
		calculation.run();
		List<QuoteLine> lines = calculation.lines;
		String resultCurrency = request.currency() == null ? market.currency() : request.currency();
		if (!resultCurrency.equals(market.currency())) {
			lines = lines.stream().map(line -> convert(line, fx, resultCurrency)).toList();
		}
		return new Quote(UUID.randomUUID(), request.destination(), resultCurrency, date, request.incoterm(), lines,
				totals(lines, resultCurrency), rules.version(), fx.id(), calculation.refusals, now, now.plus(validity),
				calculation.scheduleUsed ? schedule.version() : null);
	}

	private static QuoteLine convert(QuoteLine line, ExchangeRates fx, String currency) {
		return new QuoteLine(line.type(), fx.convert(line.amount(), currency).rounded(),
				line.base() == null ? null : fx.convert(line.base(), currency).rounded(), line.rate(), line.ruleId(),
				line.source(), line.collected(), line.description(), line.item(), line.reason(), line.args(),
				line.estimate());
	}

	/**
	 * The share of the price that customs values: a consumer's personal-use import where
	 * the market says so (Japan: 60%), else all of it.
	 */
	private static BigDecimal valuation(MarketRules market, QuoteRequest request, LocalDate date) {
		if (request.buyerType() != QuoteRequest.BuyerType.CONSUMER) {
			return BigDecimal.ONE;
		}
		return market.personalUseValuation(date).map(RuleDocument.PersonalUseValuation::factor).orElse(BigDecimal.ONE);
	}

	static Quote.Totals totals(List<QuoteLine> lines, String currency) {
		Money goods = Money.zero(currency);
		Money shipping = Money.zero(currency);
		Money duty = Money.zero(currency);
		Money tax = Money.zero(currency);
		Money fees = Money.zero(currency);
		Money checkout = Money.zero(currency);
		Money border = Money.zero(currency);
		for (QuoteLine line : lines) {
			switch (line.type()) {
				case GOODS -> goods = goods.plus(line.amount());
				case SHIPPING, INSURANCE -> shipping = shipping.plus(line.amount());
				case DUTY -> duty = duty.plus(line.amount());
				case VAT, GST, CONSUMPTION_TAX -> tax = tax.plus(line.amount());
				case FEE -> fees = line.collected() == Collected.BY_SELLER ? fees : fees.plus(line.amount());
			}
			switch (line.collected()) {
				case AT_CHECKOUT -> checkout = checkout.plus(line.amount());
				case AT_BORDER -> border = border.plus(line.amount());
				case BY_SELLER -> {
				}
			}
		}
		return new Quote.Totals(goods, shipping, duty, tax, fees, checkout, border, checkout.plus(border));
	}

	/**
	 * The goods, converted and rounded, with the values that thresholds are compared
	 * against.
	 */
	record Consignment(List<Money> itemValues, Money goods, Money shipping, Money insurance, Money customsValue,
			BigDecimal weightKg, BigDecimal valuation) {

		static Consignment of(QuoteRequest request, MarketRules market, ExchangeRates fx, BigDecimal valuation) {
			String currency = market.currency();
			List<Money> values = new ArrayList<>();
			Money goods = Money.zero(currency);
			BigDecimal weight = BigDecimal.ZERO;
			for (int i = 0; i < request.items().size(); i++) {
				QuoteRequest.Item item = request.items().get(i);
				validate(item, i);
				Money value = fx.convert(item.unitPrice(), currency)
					.times(BigDecimal.valueOf(item.quantity()))
					.rounded();
				values.add(value);
				goods = goods.plus(value);
				weight = weight.add(item.weightKg().multiply(BigDecimal.valueOf(item.quantity())));
			}
			Money shipping = amount(request.shipping(), "shipping", fx, currency);
			Money insurance = amount(request.insurance(), "insurance", fx, currency);
			Money valued = goods.times(valuation).rounded();
			Money customs = market.customsValue() == ValueBasis.CIF ? valued.plus(shipping).plus(insurance) : valued;
			return new Consignment(List.copyOf(values), goods, shipping, insurance, customs, weight, valuation);
		}

		/** The price of an item as customs values it. */
		Money valued(int item) {
			return itemValues.get(item).times(valuation);
		}

		Money transport() {
			return shipping.plus(insurance);
		}

		Money value(Compares compares) {
			return switch (compares) {
				case INTRINSIC -> goods;
				case CONSIGNMENT -> goods.plus(transport());
				case CUSTOMS_VALUE -> customsValue;
			};
		}

		/**
		 * The item's share of an amount spread over the consignment by value (unrounded).
		 */
		Money share(int item, Money amount) {
			if (goods.amount().signum() == 0) {
				return new Money(amount.amount().divide(BigDecimal.valueOf(itemValues.size()), MC), amount.currency());
			}
			return new Money(amount.amount().multiply(itemValues.get(item).amount(), MC).divide(goods.amount(), MC),
					amount.currency());
		}

		private static Money amount(Money money, String field, ExchangeRates fx, String currency) {
			if (money == null) {
				return Money.zero(currency);
			}
			if (money.isNegative()) {
				throw new InvalidInputException(field, Reason.of("problem.negative"));
			}
			return fx.convert(money, currency).rounded();
		}

		private static void validate(QuoteRequest.Item item, int index) {
			int chapter = Integer.parseInt(item.hsCode().substring(0, 2));
			if (chapter < 1 || chapter > 97 || chapter == 77) {
				throw new InvalidInputException("items[" + index + "].hsCode",
						Reason.of("pricing.problem.noChapter", item.hsCode().substring(0, 2)));
			}
			if (item.unitPrice().isNegative()) {
				throw new InvalidInputException("items[" + index + "].unitPrice", Reason.of("problem.negative"));
			}
		}
	}

	/** One run of the rules over one consignment; collects lines and refusals. */
	static final class Calculation {

		private final MarketRules market;

		private final QuoteRequest request;

		private final Consignment consignment;

		private final LocalDate date;

		private final ExchangeRates fx;

		private final String currency;

		final List<QuoteLine> lines = new ArrayList<>();

		final List<Refusal> refusals = new ArrayList<>();

		/** The point-of-sale regime the consignment goes through, if any. */
		private PointOfSale pointOfSale;

		/** The restricted-goods screening of the consignment. */
		Screening.Result screened = Screening.CLEAR;

		/** How a business buyer is treated instead of the point-of-sale regime; null for consumers. */
		private BusinessBuyers business;

		/** Unrounded duty per item, so that tax bases include it exactly. */
		private final BigDecimal[] dutyPerItem;

		/** The market's national schedule in force on the date; null when it names none or none is loaded. */
		private final ScheduleIndex schedule;

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
			duty(pos);
			fees();
			tax(pos);
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
		private PointOfSale excludedFrom;

		private Optional<PointOfSale> pointOfSale() {
			return market.pointOfSale()
				.stream()
				.filter(pos -> MarketRules.active(pos.from(), pos.to(), date))
				.filter(pos -> atOrBelow(pos.compares(), pos.limit()))
				.findFirst();
		}

		private Optional<Threshold> exemption(Applies kind) {
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
		private Collected borderOrCheckout() {
			return request.incoterm() == Incoterm.DDP || pointOfSale != null ? Collected.AT_CHECKOUT
					: Collected.AT_BORDER;
		}

		private void duty(PointOfSale pos) {
			var excess = market.excessDuty(date);
			if (excess.isPresent()) {
				new ExcessDutyRule(this, excess.get()).apply();
				return;
			}
			if (pos != null && Boolean.TRUE.equals(pos.dutyRelief())) {
				add(LineType.DUTY, Money.zero(currency), consignment.customsValue(), null, pos.id(), pos.source(),
						Collected.AT_CHECKOUT, LineReason.of("noDutyUnder", "regime", LineReason.label(pos.label()), "limit",
								pos.limit().toString()),
						null);
				return;
			}
			Optional<Threshold> exempt = exemption(Applies.DUTY);
			if (exempt.isPresent()) {
				Threshold t = exempt.get();
				add(LineType.DUTY, Money.zero(currency), consignment.customsValue(), null, t.id(), t.source(),
						borderOrCheckout(), LineReason.of("noDutyThreshold", "compares", compares(t), "limit",
								t.limit().toString()),
						null);
				return;
			}
			Optional<FlatDuty> flat = market.flatDuties()
				.stream()
				.filter(f -> MarketRules.active(f.from(), f.to(), date))
				.filter(f -> !Boolean.TRUE.equals(f.consumersOnly())
						|| request.buyerType() == QuoteRequest.BuyerType.CONSUMER)
				.filter(f -> atOrBelow(f.compares(), f.limit()))
				.findFirst();
			if (flat.isPresent()) {
				flatDuty(flat.get());
				return;
			}
			for (int i = 0; i < request.items().size(); i++) {
				tariffDuty(i);
			}
		}

		private void flatDuty(FlatDuty flat) {
			int subheadings = subheadings();
			Money perSubheading = fx.convert(flat.perSubheading(), currency);
			Money amount = perSubheading.times(BigDecimal.valueOf(subheadings)).rounded();
			add(LineType.DUTY, amount, consignment.customsValue(), null, flat.id(), flat.source(), borderOrCheckout(),
					LineReason.of("flatDuty", "perSubheading", flat.perSubheading().toString(), "subheadings",
							String.valueOf(subheadings), "limit", flat.limit().toString()),
					null);
			spreadDuty(amount);
		}

		void spreadDuty(Money amount) {
			for (int i = 0; i < dutyPerItem.length; i++) {
				dutyPerItem[i] = dutyPerItem[i].add(consignment.share(i, amount).amount());
			}
		}

		private void tariffDuty(int i) {
			QuoteRequest.Item item = request.items().get(i);
			Money base = itemCustomsValue(i);
			if (schedule != null) {
				scheduleUsed = true;
				if (new NationalLineDuty(this, schedule).apply(i, base)) {
					additionalDuties(i, item, base);
					return;
				}
			}
			Optional<Rate> rate = market.baseDuty(item.hsCode(), item.originCountry(), date);
			if (rate.isEmpty()) {
				// Never a silent zero: without a rate the consignment cannot be priced.
				refuse("DUTY_RATE_UNKNOWN", i, null, null, "hsCode", item.hsCode(), "market", market.country(),
						"tariff", schedule == null ? "—" : schedule.version());
				return;
			}
			dutyAtRate(i, item, base, rate.get(), schedule != null);
			additionalDuties(i, item, base);
		}

		private void additionalDuties(int i, QuoteRequest.Item item, Money base) {
			for (Rate r : market.additionalDuties(item.hsCode(), item.originCountry(), date)) {
				dutyAtRate(i, item, base, r, false);
			}
		}

		/**
		 * A duty line at a rule's percentage; {@code noLine}: instead of the schedule's line,
		 * which it does not have, so only an estimate.
		 */
		private void dutyAtRate(int i, QuoteRequest.Item item, Money base, Rate r, boolean noLine) {
			BigDecimal exact = base.amount().multiply(r.rate(), MC).divide(HUNDRED, MC);
			dutyPerItem[i] = dutyPerItem[i].add(exact);
			boolean byOrigin = r.origins() != null && !r.origins().isEmpty();
			String code = (Boolean.TRUE.equals(r.additional()) ? "additionalDuty" : "duty")
					+ (byOrigin ? ".origin" : "");
			LineReason reason = noLine ? NationalLineDuty.noLine(schedule, item.hsCode(), date, r.rate())
					: byOrigin
							? LineReason.of(code, "rate", r.rate().toPlainString(), "hsCode", item.hsCode(), "origin",
									item.originCountry())
							: LineReason.of(code, "rate", r.rate().toPlainString(), "hsCode", item.hsCode());
			add(LineType.DUTY, new Money(exact, currency).rounded(), base.rounded(), r.rate(), r.id(), r.source(),
					borderOrCheckout(), reason, i);
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

		private void fees() {
			for (var fee : market.fees()) {
				if (!MarketRules.active(fee.from(), fee.to(), date) || !feeApplies(fee)) {
					continue;
				}
				Collected collected = fee.owedBy() == RuleDocument.Payer.SELLER ? Collected.BY_SELLER
						: borderOrCheckout();
				String label = LineReason.label(fee.label());
				String unverified = Boolean.FALSE.equals(fee.verified()) ? ".unverified" : "";
				if (fee.perLine() != null) {
					int count = request.items().size();
					Money amount = fx.convert(fee.perLine(), currency).times(BigDecimal.valueOf(count)).rounded();
					add(LineType.FEE, amount, null, null, fee.id(), fee.source(), collected, LineReason.of("fee" + unverified,
							"label", label, "perLine", fee.perLine().toString(), "lines", String.valueOf(count)), null);
				}
				else if (fee.perSubheading() != null) {
					int count = subheadings();
					Money amount = fx.convert(fee.perSubheading(), currency).times(BigDecimal.valueOf(count)).rounded();
					add(LineType.FEE, amount, null, null, fee.id(), fee.source(), collected,
							LineReason.of("fee.perSubheading" + unverified, "label", label, "perSubheading",
									fee.perSubheading().toString(), "subheadings", String.valueOf(count)),
							null);
				}
				else {
					Money base = consignment.customsValue();
					Money amount = base.times(fee.rate()).times(ONE_PERCENT);
					if (fee.minimum() != null) {
						amount = max(amount, fx.convert(fee.minimum(), currency));
					}
					if (fee.maximum() != null) {
						amount = min(amount, fx.convert(fee.maximum(), currency));
					}
					LineReason reason = fee.minimum() != null && fee.maximum() != null
							? LineReason.of("fee.rate.bounded" + unverified, "label", label, "rate",
									fee.rate().toPlainString(), "minimum", fee.minimum().toString(), "maximum",
									fee.maximum().toString())
							: LineReason.of("fee.rate" + unverified, "label", label, "rate", fee.rate().toPlainString());
					add(LineType.FEE, amount.rounded(), base, fee.rate(), fee.id(), fee.source(), collected, reason,
							null);
				}
			}
		}

		private boolean feeApplies(RuleDocument.Fee fee) {
			Compares compares = fee.compares() == null ? Compares.INTRINSIC : fee.compares();
			if (fee.under() != null && !below(compares, fee.under())) {
				return false;
			}
			return fee.over() == null || !atOrBelow(compares, fee.over());
		}

		private int subheadings() {
			Set<String> subheadings = new LinkedHashSet<>();
			request.items().forEach(item -> subheadings.add(item.hsCode().substring(0, 6)));
			return subheadings.size();
		}

		private static Money max(Money a, Money b) {
			return a.amount().compareTo(b.amount()) >= 0 ? a : b;
		}

		private static Money min(Money a, Money b) {
			return a.amount().compareTo(b.amount()) <= 0 ? a : b;
		}

		private void tax(PointOfSale pos) {
			Optional<Threshold> exempt = pos == null ? exemption(Applies.TAX) : Optional.empty();
			Optional<RuleDocument.TaxRounding> rounding = pos == null ? market.taxRounding(date) : Optional.empty();
			java.util.Map<Rate, BigDecimal> declared = new java.util.LinkedHashMap<>();
			for (int i = 0; i < request.items().size(); i++) {
				QuoteRequest.Item item = request.items().get(i);
				Optional<Rate> rate = market.importTax(item.hsCode(), item.originCountry(), date);
				if (rate.isEmpty()) {
					continue;
				}
				Rate r = rate.get();
				LineType type = LineType.valueOf(r.type());
				Money base;
				Collected collected;
				LineReason why;
				String tax = LineReason.taxName(r.type());
				String percent = r.rate().toPlainString();
				if (pos != null && business != null) {
					businessTax(type, r, pos, i);
					continue;
				}
				if (pos != null) {
					// The seller charges the tax on the price it charges: goods and
					// transport.
					base = consignment.itemValues()
						.get(i)
						.plus(consignment.share(i, consignment.transport()))
						.plus(new Money(dutyPerItem[i], currency));
					collected = Collected.AT_CHECKOUT;
					why = LineReason.of("tax.pointOfSale", "tax", tax, "rate", percent, "regime", LineReason.label(pos.label()),
							"limit", pos.limit().toString());
				}
				else if (exempt.isPresent()) {
					Threshold t = exempt.get();
					add(type, Money.zero(currency), itemCustomsValue(i).rounded(), r.rate(), t.id(), t.source(),
							borderOrCheckout(),
							LineReason.of("noTax", "tax", tax, "compares", compares(t), "limit", t.limit().toString()), i);
					continue;
				}
				else {
					base = itemCustomsValue(i).plus(new Money(dutyPerItem[i], currency));
					if (market.customsValue() == ValueBasis.FOB && market.taxIncludesTransport()) {
						base = base.plus(consignment.share(i, consignment.transport()));
					}
					collected = borderOrCheckout();
					why = excludedFrom != null ? excludedFromPointOfSale(collected, tax, percent)
							: business != null
									? LineReason.of("tax.business.import", "tax", tax, "rate", percent, "taxId",
											request.buyer().taxId())
									: LineReason.of(collected == Collected.AT_CHECKOUT ? "tax.ddp" : "tax.dap", "tax", tax,
											"rate", percent);
					if (rounding.isPresent()) {
						declared.merge(r, base.amount(), BigDecimal::add);
						continue;
					}
				}
				Money amount = base.times(r.rate()).times(ONE_PERCENT).rounded();
				add(type, amount, base.rounded(), r.rate(), r.id(), r.source(), collected, why, i);
			}
			rounding.ifPresent(rule -> declared.forEach((rate, base) -> truncatedTax(rule, rate, base)));
		}

		/**
		 * Tax on the declaration's base for one rate, the base and the tax each truncated
		 * to the market's unit (Japan: JPY 1,000 and JPY 100).
		 */
		private void truncatedTax(RuleDocument.TaxRounding rule, Rate rate, BigDecimal base) {
			BigDecimal truncatedBase = truncate(base, rule.baseUnit());
			BigDecimal tax = truncate(truncatedBase.multiply(rate.rate(), MC).divide(HUNDRED, MC), rule.taxUnit());
			Collected collected = borderOrCheckout();
			add(LineType.valueOf(rate.type()), new Money(tax, currency).rounded(),
					new Money(truncatedBase, currency).rounded(), rate.rate(), rate.id(), rate.source(), collected,
					LineReason.of(collected == Collected.AT_CHECKOUT ? "tax.ddp.truncated" : "tax.dap.truncated", "tax",
							LineReason.taxName(rate.type()), "rate", rate.rate().toPlainString(), "baseUnit",
							new Money(rule.baseUnit(), currency).toString(), "taxUnit",
							new Money(rule.taxUnit(), currency).toString()),
					null);
		}

		private static BigDecimal truncate(BigDecimal amount, BigDecimal unit) {
			return amount.divide(unit, 0, java.math.RoundingMode.DOWN).multiply(unit);
		}

		/**
		 * The tax outside the point-of-sale scheme, and why: excise goods in the consignment.
		 * An estimate, as the excise duty in its base is not quoted.
		 */
		private LineReason excludedFromPointOfSale(Collected collected, String tax, String percent) {
			Screening.Exclusion exclusion = screened.posExclusion();
			return LineReason
				.of(collected == Collected.AT_CHECKOUT ? "tax.ddp.excluded" : "tax.dap.excluded", "tax", tax, "rate",
						percent, "regime", LineReason.label(excludedFrom.label()), "hsCode", exclusion.hsCode(), "rule",
						exclusion.entry().id())
				.estimated();
		}

		/**
		 * A business buyer under a consumer regime: the seller charges nothing. Under a
		 * reverse charge the business accounts for the tax on the price in its own return,
		 * so the line shows that base, rate and amount while charging zero.
		 */
		private void businessTax(LineType type, Rate r, PointOfSale pos, int i) {
			Money base = consignment.itemValues().get(i).plus(consignment.share(i, consignment.transport()));
			String tax = LineReason.taxName(r.type());
			String percent = r.rate().toPlainString();
			LineReason why = business.treatment() == BusinessTreatment.REVERSE_CHARGE
					? LineReason.of("tax.business.reverseCharge", "tax", tax, "rate", percent, "taxId",
							request.buyer().taxId(), "amount", base.times(r.rate()).times(ONE_PERCENT).rounded().toString())
					: LineReason.of("tax.business.notCharged", "tax", tax, "rate", percent, "taxId",
							request.buyer().taxId());
			add(type, Money.zero(currency), base.rounded(), r.rate(), pos.id(), business.source(), Collected.AT_CHECKOUT,
					why, i);
		}

		private static String compares(Threshold t) {
			String compares = t.compares() == null ? "value" : t.compares().name().toLowerCase().replace('_', ' ');
			return LineReason.message("line.compares." + compares.replace(" ", ""), compares);
		}

		void add(LineType type, Money amount, Money base, BigDecimal rate, String ruleId, Source source,
				Collected collected, LineReason reason, Integer item) {
			lines.add(new QuoteLine(type, amount, base, rate, ruleId, source == null ? null : source.text(), collected,
					null, item, reason.code(), reason.args(), reason.estimate()));
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

	/**
	 * Duty on what a parcel exceeds of a value and weight allowance (the Eurasian
	 * Economic Union's rule).
	 */
	private record ExcessDutyRule(Calculation calc, RuleDocument.ExcessDuty rule) {

		void apply() {
			String currency = calc.currency();
			Money allowance = calc.fx().convert(rule.valueAllowance(), currency);
			Money value = calc.consignment().goods();
			BigDecimal overValue = value.amount().subtract(allowance.amount()).max(BigDecimal.ZERO);
			BigDecimal overWeight = calc.consignment()
				.weightKg()
				.subtract(rule.weightAllowanceKg())
				.max(BigDecimal.ZERO);
			BigDecimal byValue = overValue.multiply(rule.rate(), MC).divide(HUNDRED, MC);
			BigDecimal byWeight = calc.fx().convert(rule.minimumPerKg(), currency).amount().multiply(overWeight, MC);
			BigDecimal duty = byValue.max(byWeight);
			LineReason description;
			if (duty.signum() == 0) {
				description = LineReason.of("noDutyAllowance", "valueAllowance", rule.valueAllowance().toString(),
						"weightAllowanceKg", rule.weightAllowanceKg().toPlainString());
			}
			else {
				description = LineReason.of("excessDuty", "rate", rule.rate().toPlainString(), "valueAllowance",
						rule.valueAllowance().toString(), "minimumPerKg", rule.minimumPerKg().toString(),
						"weightAllowanceKg", rule.weightAllowanceKg().toPlainString());
			}
			Money amount = new Money(duty, currency).rounded();
			calc.add(LineType.DUTY, amount, value, rule.rate(), rule.id(), rule.source(),
					calc.request().incoterm() == Incoterm.DDP ? Collected.AT_CHECKOUT : Collected.AT_BORDER,
					description, null);
			calc.spreadDuty(amount);
		}
	}

}
