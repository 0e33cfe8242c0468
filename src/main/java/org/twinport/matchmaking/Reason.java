package org.twinport.matchmaking;

import java.util.List;

/**
 * One reason behind a suggestion.
 *
 * @param code a stable code such as {@code SELLS_WHAT_YOU_SEEK}, {@code PARTNER_CITY},
 * {@code SHARED_LANGUAGE}
 * @param points what it adds to the score
 * @param args the particulars (an HS code, a place name, a language) the text is built
 * from
 * @param text the reason in the reader's language
 */
public record Reason(String code, int points, List<String> args, String text) {
}
