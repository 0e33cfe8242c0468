package org.twinport.pricing.tariff;

import java.math.BigDecimal;
import java.util.List;

/**
 * A duty rate read from a schedule's notation. {@code COMPOUND} adds its components;
 * {@code HIGHER_OF} charges the highest of its alternatives (each itself a sum of
 * components). {@code UNPARSED} keeps only the text: a rate the engine cannot compute
 * and must refuse or mark as an estimate, never treat as zero. {@code NONE}: the line
 * carries no rate.
 */
public record ParsedRate(Kind kind, List<Component> components, List<List<Component>> alternatives, String text) {

	public enum Kind {

		FREE, AD_VALOREM, SPECIFIC, COMPOUND, HIGHER_OF, UNPARSED, NONE

	}

	/**
	 * One term: {@code percent} of the value, or {@code amount} of {@code currency} per
	 * {@code per} {@code unit} (kg, l, l-alcohol, proof-l, item, pair, head, m2, m3, bbl,
	 * jewel). {@code basis} keeps a qualifier such as "on drained weight" that the
	 * quantity must honour.
	 */
	public record Component(BigDecimal percent, BigDecimal amount, String currency, BigDecimal per, String unit,
			String basis) {

		static Component adValorem(BigDecimal percent, String basis) {
			return new Component(percent, null, null, null, null, basis);
		}

		static Component specific(BigDecimal amount, String currency, BigDecimal per, String unit, String basis) {
			return new Component(null, amount, currency, per, unit, basis);
		}

	}

	public boolean computable() {
		return kind != Kind.UNPARSED && kind != Kind.NONE;
	}

	static ParsedRate unparsed(String text) {
		return new ParsedRate(Kind.UNPARSED, List.of(), List.of(), text);
	}

}
