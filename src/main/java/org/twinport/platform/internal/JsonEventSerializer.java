package org.twinport.platform.internal;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.events.core.EventSerializer;

/**
 * The event publications' JSON, written and read by the application's {@link JsonMapper}
 * as Spring Modulith's own serializer does, without its look-up of the mapper in the
 * application context on every event: placing orders writes one publication per order on
 * the one thread that places them all.
 */
final class JsonEventSerializer implements EventSerializer {

	private final JsonMapper json;

	JsonEventSerializer(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Object serialize(Object event) {
		return json.writeValueAsString(event);
	}

	@Override
	public <T> T deserialize(Object serialized, Class<T> type) {
		return json.readerFor(type).readValue(serialized.toString());
	}

}
