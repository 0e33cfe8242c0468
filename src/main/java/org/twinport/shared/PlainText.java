package org.twinport.shared;

/**
 * Text a client sends must be text: no control characters other than tab, line feed and
 * carriage return, and no unpaired UTF-16 surrogates. PostgreSQL cannot store U+0000 at
 * all, and the other controls only ever arrive from tools probing for mistakes.
 */
public final class PlainText {


	private PlainText() {
	}

	/** The index of the first character that is not allowed, or -1. */
	public static int firstForbidden(CharSequence text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				if (c != '\t' && c != '\n' && c != '\r') {
					return i;
				}
			}
			else if (c >= 0x7f && c <= 0x9f) {
				return i;
			}
			else if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else {
					return i;
				}
			}
		}
		return -1;
	}

	/** Refuses text with a forbidden character with 400 naming the field. */
	public static String checked(String text, String field) {
		if (text != null) {
			int at = firstForbidden(text);
			if (at >= 0) {
				throw new InvalidInputException(field, reason(text, at));
			}
		}
		return text;
	}

	/** The refusal of the forbidden character at {@code at}, as a code. */
	public static Reason reason(CharSequence text, int at) {
		return Reason.of("shared.problem.controlCharacter", String.format("%04X", (int) text.charAt(at)), at + 1);
	}

}
