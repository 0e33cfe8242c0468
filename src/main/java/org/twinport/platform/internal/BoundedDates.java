package org.twinport.platform.internal;

import java.time.temporal.TemporalAccessor;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

import org.twinport.shared.Dates;
import org.twinport.shared.InvalidInputException;

/**
 * Every date and time Jackson reads (whichever deserializer reads it) is checked against
 * {@link Dates}' bound right after it is read.
 */
final class BoundedDates extends ValueDeserializerModifier {

	@Override
	public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
			ValueDeserializer<?> deserializer) {
		// Instants are read by UtcInstantDeserializer, which checks the bound itself (on the
		// checkout's hot path, without a wrapper).
		if (TemporalAccessor.class.isAssignableFrom(description.getBeanClass())
				&& deserializer.handledType() != null) {
			return new Checked(deserializer);
		}
		return deserializer;
	}

	static final class Checked extends DelegatingDeserializer {

		Checked(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			if (value instanceof TemporalAccessor temporal && !Dates.withinBounds(temporal)) {
				throw new InvalidInputException("", Dates.RULE_REASON);
			}
			return value;
		}

	}

}
