package org.twinport.matchmaking.suggest;

import java.util.HashMap;
import java.util.Map;

/**
 * The partnerships between places, both ways, and each partner's home city (for "both
 * partners of Jinan").
 */
public final class TieMap {

	/**
	 * @param kindName for example "Sister city", in the reader's language
	 */
	public record Tie(String kindName, boolean active, String name, String otherName) {
	}

	private final Map<Long, Map<Long, Tie>> ties = new HashMap<>();

	private final Map<Long, Long> homeOf = new HashMap<>();

	private final Map<Long, String> names = new HashMap<>();

	public void add(long home, String homeName, long partner, String partnerName, String kindName, boolean active) {
		ties.computeIfAbsent(partner, k -> new HashMap<>()).put(home, new Tie(kindName, active, partnerName, homeName));
		ties.computeIfAbsent(home, k -> new HashMap<>()).put(partner, new Tie(kindName, active, homeName, partnerName));
		homeOf.putIfAbsent(partner, home);
		names.put(home, homeName);
		names.put(partner, partnerName);
	}

	/** The tie seen from {@code from}: its name first, then the other place's. */
	Tie between(long from, long to) {
		Map<Long, Tie> mine = ties.get(from);
		return mine == null ? null : mine.get(to);
	}

	/** The home city both places are partners of, or null. */
	String sharedHome(long a, long b) {
		Long homeA = homeOf.get(a);
		return homeA != null && homeA.equals(homeOf.get(b)) ? names.get(homeA) : null;
	}

	String name(long place) {
		return names.get(place);
	}

}
