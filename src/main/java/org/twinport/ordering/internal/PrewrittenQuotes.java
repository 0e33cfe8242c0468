package org.twinport.ordering.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

import org.twinport.pricing.LandedCost;
import org.twinport.pricing.Quote;

/**
 * Writes a review's document with each quote as the bytes pricing already wrote it to
 * for its own row ({@link LandedCost.Unkept#json()}), by the same mapper, instead of
 * writing the quote a second time: the document is the same, byte for byte. A quote not
 * handed over is written as usual.
 */
final class PrewrittenQuotes {

	private static final Object KEY = PrewrittenQuotes.class;

	private final JsonMapper mapper;

	/** @param json the application's mapper, which wrote the quotes */
	PrewrittenQuotes(JsonMapper json) {
		this.mapper = json.rebuild()
			.addModule(new SimpleModule("prewritten-quotes").setSerializerModifier(new ValueSerializerModifier() {
				@Override
				public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
						ValueSerializer<?> serializer) {
					return Quote.class.equals(bean.getBeanClass()) ? new Raw(serializer) : serializer;
				}
			}))
			.build();
	}

	/** The value as UTF-8 JSON, each of the quotes written as its bytes. */
	byte[] write(Object value, List<LandedCost.Unkept> quotes) {
		Map<Quote, byte[]> written = new IdentityHashMap<>();
		quotes.forEach(quote -> written.put(quote.quote(), quote.json()));
		return mapper.writer().withAttribute(KEY, written).writeValueAsBytes(value);
	}

	/** The quote's bytes where they were handed over, else what Jackson writes for it. */
	private static final class Raw extends ValueSerializer<Object> {

		private final ValueSerializer<Object> usual;

		@SuppressWarnings("unchecked")
		Raw(ValueSerializer<?> usual) {
			this.usual = (ValueSerializer<Object>) usual;
		}

		@Override
		public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
			Object written = context.getAttribute(KEY);
			byte[] bytes = written instanceof Map<?, ?> map ? (byte[]) map.get(value) : null;
			if (bytes == null) {
				usual.serialize(value, gen, context);
			}
			else {
				gen.writeRawValue(new Bytes(bytes));
			}
		}

		@Override
		public void resolve(SerializationContext context) {
			usual.resolve(context);
		}

		@Override
		public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
			ValueSerializer<?> contextual = usual.createContextual(context, property);
			return contextual == usual ? this : new Raw(contextual);
		}

	}

	/** JSON already written, copied as it is into the output. */
	private record Bytes(byte[] utf8) implements SerializableString {

		private SerializedString text() {
			return new SerializedString(getValue());
		}

		@Override
		public String getValue() {
			return new String(utf8, StandardCharsets.UTF_8);
		}

		@Override
		public int charLength() {
			return getValue().length();
		}

		@Override
		public char[] asQuotedChars() {
			return text().asQuotedChars();
		}

		@Override
		public byte[] asUnquotedUTF8() {
			return utf8;
		}

		@Override
		public byte[] asQuotedUTF8() {
			return text().asQuotedUTF8();
		}

		@Override
		public int appendQuotedUTF8(byte[] buffer, int offset) {
			return text().appendQuotedUTF8(buffer, offset);
		}

		@Override
		public int appendQuoted(char[] buffer, int offset) {
			return text().appendQuoted(buffer, offset);
		}

		@Override
		public int appendUnquotedUTF8(byte[] buffer, int offset) {
			if (offset + utf8.length > buffer.length) {
				return -1;
			}
			System.arraycopy(utf8, 0, buffer, offset, utf8.length);
			return utf8.length;
		}

		@Override
		public int appendUnquoted(char[] buffer, int offset) {
			return text().appendUnquoted(buffer, offset);
		}

		@Override
		public int writeQuotedUTF8(OutputStream out) throws IOException {
			return text().writeQuotedUTF8(out);
		}

		@Override
		public int writeUnquotedUTF8(OutputStream out) throws IOException {
			out.write(utf8);
			return utf8.length;
		}

		@Override
		public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
			return text().putQuotedUTF8(buffer);
		}

		@Override
		public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
			if (utf8.length > buffer.remaining()) {
				return -1;
			}
			buffer.put(utf8);
			return utf8.length;
		}

	}

}
