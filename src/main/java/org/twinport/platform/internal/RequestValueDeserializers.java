package org.twinport.platform.internal;

import java.math.BigDecimal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.twinport.shared.Reason;
import org.twinport.shared.Decimals;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.PlainText;

/**
 * Jackson's readers for the values every request carries, each refusing what no request
 * should hold while it is read: decimals beyond {@link Decimals}' bound, floating point
 * numbers that are not finite, text with control characters, dates outside {@link org.twinport.shared.Dates}' bound. The exception names no field:
 * Jackson adds the path, and the API answers 400 naming it.
 */
final class RequestValueDeserializers {

	private RequestValueDeserializers() {
	}

	static SimpleModule module() {
		return new SimpleModule("request-values").addDeserializer(BigDecimal.class, new BoundedDecimals())
			.addDeserializer(Double.class, new FiniteDoubles(Double.class, null))
			.addDeserializer(Double.TYPE, new FiniteDoubles(Double.TYPE, 0.0))
			.addDeserializer(String.class, new PlainStrings())
			.addKeyDeserializer(String.class, new PlainKeys())
			.setDeserializerModifier(new BoundedDates());
	}

	static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {

		/** Text longer than this cannot be a number within the bound. */
		private static final int MAX_TEXT = 64;

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			JsonToken token = parser.currentToken();
			if ((token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_FLOAT
					|| token == JsonToken.VALUE_NUMBER_INT) && parser.getStringLength() > MAX_TEXT) {
				throw new InvalidInputException("", Decimals.RULE_REASON);
			}
			BigDecimal value = super.deserialize(parser, context);
			if (value != null && !Decimals.withinBounds(value)) {
				throw new InvalidInputException("", Decimals.RULE_REASON);
			}
			return value;
		}

	}

	static final class FiniteDoubles extends NumberDeserializers.DoubleDeserializer {

		FiniteDoubles(Class<Double> type, Double nullValue) {
			super(type, nullValue);
		}

		@Override
		public Double deserialize(JsonParser parser, DeserializationContext context) {
			Double value = super.deserialize(parser, context);
			if (value != null && !Double.isFinite(value)) {
				throw new InvalidInputException("", Reason.of("platform.problem.finiteNumber"));
			}
			return value;
		}

	}

	static final class PlainStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (text != null) {
				int at = PlainText.firstForbidden(text);
				if (at >= 0) {
					throw new InvalidInputException("", PlainText.reason(text, at));
				}
			}
			return text;
		}

	}

	static final class PlainKeys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			int at = PlainText.firstForbidden(key);
			if (at >= 0) {
				throw new InvalidInputException("",
						Reason.of("platform.problem.keyControlCharacter", PlainText.reason(key, at).args().toArray()));
			}
			return key;
		}

	}

}
