package org.twinport.search.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows, kept per document as one binary doc value: read for the 20 hits of a
 * page from small blocks, instead of decompressing a large block of stored fields per
 * hit. Written in a compact binary form; payloads written as JSON before are still read.
 *
 * @param prices per market key, the merchant's price as "12.50 CNY"
 */
record HitPayload(long id, long merchant, Map<String, String> merchantNames, String city, String origin,
		String defaultLang, Map<String, String> titles, Map<String, String> prices) {

	static final String FIELD = Fields.HIT;

	/**
	 * The first byte of the compact form; a payload written before it is JSON and starts
	 * with '{'.
	 */
	private static final byte COMPACT = 1;

	/**
	 * The compact form: strings and maps in Lucene's data encoding, read with no parser
	 * (a page reads 20 of them per search).
	 */
	byte[] bytes() {
		try {
			ByteBuffersDataOutput out = new ByteBuffersDataOutput();
			out.writeByte(COMPACT);
			out.writeVLong(id);
			out.writeVLong(merchant);
			write(out, merchantNames);
			optional(out, city);
			optional(out, origin);
			optional(out, defaultLang);
			write(out, titles);
			write(out, prices);
			return out.toArrayCopy();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void write(DataOutput out, Map<String, String> map) throws IOException {
		out.writeVInt(map.size());
		for (Map.Entry<String, String> entry : map.entrySet()) {
			out.writeString(entry.getKey());
			out.writeString(entry.getValue());
		}
	}

	private static void optional(DataOutput out, String value) throws IOException {
		out.writeByte((byte) (value == null ? 0 : 1));
		if (value != null) {
			out.writeString(value);
		}
	}

	private static HitPayload compact(BytesRef bytes) throws IOException {
		ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset + 1, bytes.length - 1);
		return new HitPayload(in.readVLong(), in.readVLong(), map(in), optional(in), optional(in), optional(in),
				map(in), map(in));
	}

	private static Map<String, String> map(DataInput in) throws IOException {
		int size = in.readVInt();
		Map<String, String> map = new LinkedHashMap<>(size * 2);
		for (int i = 0; i < size; i++) {
			map.put(in.readString(), in.readString());
		}
		return map;
	}

	private static String optional(DataInput in) throws IOException {
		return in.readByte() == 0 ? null : in.readString();
	}

	/** The payload of a document of the searcher's reader (by its top-level id). */
	static HitPayload read(IndexReader reader, int docId, JsonMapper json) throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
		BinaryDocValues values = leaf.reader().getBinaryDocValues(FIELD);
		if (values == null || !values.advanceExact(docId - leaf.docBase)) {
			return fromStoredFields(reader.storedFields().document(docId), json);
		}
		BytesRef bytes = values.binaryValue();
		if (bytes.length > 0 && bytes.bytes[bytes.offset] == COMPACT) {
			return compact(bytes);
		}
		return json.readValue(bytes.bytes, bytes.offset, bytes.length, HitPayload.class);
	}

	/**
	 * An index written before payloads existed stored these as fields; it is read so
	 * until the rebuild that start-up triggers for it has swapped in.
	 */
	private static HitPayload fromStoredFields(Document doc, JsonMapper json) {
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> prices = new LinkedHashMap<>();
		for (IndexableField field : doc.getFields()) {
			if (field.name().startsWith("title.")) {
				titles.put(field.name().substring(6), field.stringValue());
			}
			else if (field.name().startsWith("pa_")) {
				prices.put(field.name().substring(3), field.stringValue());
			}
		}
		String names = doc.get("merchant_names");
		IndexableField merchant = doc.getField("merchant");
		return new HitPayload(Long.parseLong(doc.get(Fields.ID)),
				merchant == null ? 0 : merchant.numericValue().longValue(),
				names == null ? Map.of() : json.readValue(names, new TypeReference<Map<String, String>>() {
				}), doc.get(Fields.CITY), doc.get(Fields.ORIGIN), doc.get("default_lang"), titles, prices);
	}

}
