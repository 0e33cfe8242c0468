package org.twinport.insight;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * The customs channel of a flow: cross-border e-commerce retail (9610/1210), B2B
 * e-commerce (9710/9810) or general trade.
 */
public enum TradeChannel {

	CBEC_9610, CBEC_1210, B2B_9710, B2B_9810, GENERAL;

	public boolean crossBorderRetail() {
		return this == CBEC_9610 || this == CBEC_1210;
	}

	/**
	 * Reads a channel as files and filters write it: a code ({@code CBEC_9610}), the bare
	 * customs code ({@code 9610}), or a group ({@code CBEC}, {@code B2B}).
	 * @throws InvalidInputException naming the field for anything else
	 */
	public static List<TradeChannel> parse(@Nullable String text, String field) {
		String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		if (value.equals("CBEC")) {
			return List.of(CBEC_9610, CBEC_1210);
		}
		if (value.equals("B2B")) {
			return List.of(B2B_9710, B2B_9810);
		}
		for (TradeChannel channel : values()) {
			if (!value.isEmpty() && (channel.name().equals(value) || channel.name().endsWith("_" + value))) {
				return List.of(channel);
			}
		}
		throw new InvalidInputException(field, Reason.of("insight.problem.channel"));
	}

}
