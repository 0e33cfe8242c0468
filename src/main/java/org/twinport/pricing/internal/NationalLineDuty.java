package org.twinport.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.pricing.internal.Calculation;
import org.twinport.pricing.internal.RuleDocument.Source;
import org.twinport.pricing.tariff.ParsedRate;
import org.twinport.pricing.tariff.ParsedRate.Component;
import org.twinport.pricing.tariff.ParsedRate.Kind;
import org.twinport.pricing.tariff.ScheduleIndex;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.Money;

/**
 * An item's duty from the destination's national tariff line: the item's national code
 * when it gives one, else the lines under its 6-digit subheading (their common rate, or
 * the highest as an estimate when they differ). A rate the request cannot compute refuses
 * the item: never a silent zero.
 */
final class NationalLineDuty {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Refusal codes, worded as {@code refusal.<code>}. */
	static final String UNREADABLE = "TARIFF_RATE_UNREADABLE";

	static final String NO_RATE = "TARIFF_RATE_MISSING";

	static final String UNIT_UNKNOWN = "TARIFF_UNIT_UNKNOWN";

	static final String NO_WEIGHT = "TARIFF_WEIGHT_MISSING";

	static final String LINE_REQUIRED = "TARIFF_LINE_REQUIRED";

	private final Calculation calc;

	private final ScheduleIndex schedule;

	NationalLineDuty(Calculation calc, ScheduleIndex schedule) {
		this.calc = calc;
		this.schedule = schedule;
	}

	/** Every national code given must be a line of the schedule in force. */
	static void checkCodes(QuoteRequest request, ScheduleIndex schedule) {
		for (int i = 0; i < request.items().size(); i++) {
			String code = request.items().get(i).nationalCode();
			if (code != null && schedule.find(code) < 0) {
				throw new InvalidInputException("items[" + i + "].nationalCode",
						Reason.of("pricing.problem.notATariffLine", schedule.market(), schedule.version(), code));
			}
		}
	}

	/** The duty line, or a refusal; false when the schedule has no line for the item at all. */
	boolean apply(int item, Money base) {
		QuoteRequest.Item goods = calc.request().items().get(item);
		String national = goods.nationalCode();
		if (national != null) {
			int at = schedule.find(national);
			if (schedule.rate(at).kind() != Kind.NONE) {
				Duty duty = duty(schedule.rate(at), goods, base);
				if (duty.problem() != null) {
					refuse(item, at, duty);
				}
				else {
					charge(item, base, at, duty, null);
				}
				return true;
			}
			// A heading without a rate of its own: its sub-lines carry the rates.
			if (!under(item, base, national)) {
				refuse(item, at, new Duty(null, NO_RATE, null, false));
			}
			return true;
		}
		return under(item, base, goods.hsCode().substring(0, 6));
	}

	/**
	 * The duty from the rated lines under a code: their common amount, or the highest as
	 * an estimate. False when no line under it carries a rate.
	 */
	private boolean under(int item, Money base, String prefix) {
		QuoteRequest.Item goods = calc.request().items().get(item);
		int from = schedule.from(prefix);
		int to = schedule.to(prefix);
		int lines = 0;
		int highest = -1;
		Duty highestDuty = null;
		Duty refused = null;
		int refusedAt = -1;
		boolean varies = false;
		ParsedRate last = null;
		Duty lastDuty = null;
		for (int at = from; at < to; at++) {
			ParsedRate rate = schedule.rate(at);
			if (rate.kind() == Kind.NONE) {
				continue;
			}
			lines++;
			// Lines with the same rate text share one instance: computed once.
			Duty duty = rate == last ? lastDuty : duty(rate, goods, base);
			last = rate;
			lastDuty = duty;
			if (duty.problem() != null) {
				if (refused == null) {
					refused = duty;
					refusedAt = at;
				}
				continue;
			}
			if (highestDuty == null) {
				highestDuty = duty;
				highest = at;
			}
			else if (duty.amount().compareTo(highestDuty.amount()) != 0) {
				varies = true;
				if (duty.amount().compareTo(highestDuty.amount()) > 0) {
					highestDuty = duty;
					highest = at;
				}
			}
		}
		if (lines == 0) {
			return false;
		}
		if (refused != null) {
			if (highestDuty == null && sameRate(from, to, schedule.rate(refusedAt))) {
				refuse(item, refusedAt, refused);
			}
			else {
				// Which of the lines applies decides whether the duty can be computed at all.
				calc.refuse(LINE_REQUIRED, item, null, source(), "hsCode", prefix, "lines", String.valueOf(lines),
						"nationalCode", schedule.code(refusedAt), "rate", schedule.rate(refusedAt).text(), "version",
						schedule.version());
			}
			return true;
		}
		charge(item, base, highest, highestDuty, varies ? new Varies(prefix, lines) : null);
		return true;
	}

	private boolean sameRate(int from, int to, ParsedRate rate) {
		for (int at = from; at < to; at++) {
			ParsedRate other = schedule.rate(at);
			if (other.kind() != Kind.NONE && other != rate && !other.text().equals(rate.text())) {
				return false;
			}
		}
		return true;
	}

	private record Varies(String prefix, int lines) {
	}

	private void charge(int item, Money base, int at, Duty duty, Varies varies) {
		calc.addDuty(item, duty.amount());
		ParsedRate rate = schedule.rate(at);
		String code = schedule.code(at);
		boolean dated = dated(calc.date());
		LineReason reason;
		if (varies != null) {
			reason = LineReason.of("duty.tariff.varies" + (dated ? ".dated" : ""), "rate", rate.text(), "nationalCode",
					code, "version", schedule.version(), "hsCode", varies.prefix(), "lines",
					String.valueOf(varies.lines()), "validFrom", schedule.validFrom().toString())
				.estimated();
		}
		else if (duty.qualified()) {
			reason = LineReason.of("duty.tariff.basis" + (dated ? ".dated" : ""), "rate", rate.text(), "nationalCode",
					code, "version", schedule.version(), "validFrom", schedule.validFrom().toString())
				.estimated();
		}
		else {
			reason = LineReason.of("duty.tariff" + (dated ? ".dated" : ""), "rate", rate.text(), "nationalCode", code,
					"version", schedule.version(), "validFrom", schedule.validFrom().toString());
		}
		calc.add(LineType.DUTY, new Money(duty.amount(), calc.currency()).rounded(), base.rounded(), percent(rate),
				schedule.version() + ":" + code, source(), calc.dutyCollected(), reason, item);
	}

	private void refuse(int item, int at, Duty duty) {
		ParsedRate rate = schedule.rate(at);
		String code = schedule.code(at);
		String ruleId = schedule.version() + ":" + code;
		if (UNIT_UNKNOWN.equals(duty.problem())) {
			calc.refuse(UNIT_UNKNOWN, item, ruleId, source(), "nationalCode", code, "rate", rate.text(), "unit",
					LineReason.message("line.tariff.unit." + duty.unit(), duty.unit()), "version", schedule.version());
		}
		else {
			calc.refuse(duty.problem(), item, ruleId, source(), "nationalCode", code, "rate", rate.text(), "version",
					schedule.version());
		}
	}

	/** The duty line's reason when the schedule has no line under the item's code and the rule set's rate stands in. */
	static LineReason noLine(ScheduleIndex schedule, String hsCode, LocalDate date, BigDecimal ruleRate) {
		boolean dated = schedule.validFrom().plusYears(1).isBefore(date);
		return LineReason.of("duty.tariff.missing" + (dated ? ".dated" : ""), "rate", ruleRate.toPlainString(), "hsCode",
				hsCode.substring(0, 6), "version", schedule.version(), "validFrom", schedule.validFrom().toString())
			.estimated();
	}

	/** Older than the quote's date by more than a year (the UK's 2021 and the EU's 2020 files). */
	private boolean dated(LocalDate date) {
		return schedule.validFrom().plusYears(1).isBefore(date);
	}

	private Source source() {
		return new Source(schedule.authority(), schedule.document(), null, null);
	}

	/** The percentage for the line's rate column: only a plain ad valorem rate has one. */
	private static BigDecimal percent(ParsedRate rate) {
		if (rate.kind() == Kind.FREE) {
			return BigDecimal.ZERO;
		}
		if (rate.kind() == Kind.AD_VALOREM && rate.components().get(0).basis() == null) {
			return rate.components().get(0).percent();
		}
		return null;
	}

	/**
	 * An item's duty at a rate, unrounded in the destination's currency; or why it cannot be
	 * computed. {@code qualified}: a term applies to a measure the request does not give
	 * ("on drained weight"), so the item's own weight or value stands in for it.
	 */
	record Duty(BigDecimal amount, String problem, String unit, boolean qualified) {

		static Duty of(String problem, String unit) {
			return new Duty(null, problem, unit, false);
		}

	}

	Duty duty(ParsedRate rate, QuoteRequest.Item goods, Money base) {
		return switch (rate.kind()) {
			case FREE -> new Duty(BigDecimal.ZERO, null, null, false);
			case NONE -> Duty.of(NO_RATE, null);
			case UNPARSED -> Duty.of(UNREADABLE, null);
			case AD_VALOREM, SPECIFIC, COMPOUND -> sum(rate.components(), goods, base);
			case HIGHER_OF -> {
				Duty highest = null;
				for (List<Component> alternative : rate.alternatives()) {
					Duty duty = sum(alternative, goods, base);
					if (duty.problem() != null) {
						yield duty;
					}
					if (highest == null || duty.amount().compareTo(highest.amount()) > 0) {
						highest = duty;
					}
				}
				yield highest == null ? Duty.of(UNREADABLE, null) : highest;
			}
		};
	}

	private Duty sum(List<Component> components, QuoteRequest.Item goods, Money base) {
		BigDecimal total = BigDecimal.ZERO;
		boolean qualified = false;
		for (Component term : components) {
			qualified |= term.basis() != null;
			if (term.percent() != null) {
				total = total.add(base.amount().multiply(term.percent(), LandedCostEngine.MC).divide(HUNDRED,
						LandedCostEngine.MC));
				continue;
			}
			BigDecimal quantity = switch (term.unit()) {
				case "kg" -> goods.weightKg().multiply(BigDecimal.valueOf(goods.quantity()));
				case "item", "pair", "head" -> BigDecimal.valueOf(goods.quantity());
				default -> null;
			};
			if (quantity == null) {
				return Duty.of(UNIT_UNKNOWN, term.unit());
			}
			if (quantity.signum() == 0) {
				return Duty.of(NO_WEIGHT, term.unit());
			}
			BigDecimal amount = term.amount()
				.multiply(quantity, LandedCostEngine.MC)
				.divide(term.per(), LandedCostEngine.MC);
			total = total.add(calc.fx().convert(new Money(amount, term.currency()), calc.currency()).amount());
		}
		return new Duty(total, null, null, qualified);
	}

}
