package org.twinport.network;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The international office's figures, computed from the registry and cached until the
 * next change.
 */
public interface NetworkFigures {

	/** The longest lists the figures carry; their full lengths are given as counts. */
	int TOP_PARTNERS = 50;

	int MAX_DORMANT_LISTED = 100;

	int MAX_ANNIVERSARIES_LISTED = 100;

	/**
	 * @param dormantMonths a tie with no activity for this many months counts as dormant
	 * @param years exchanges per partner are counted for this many calendar years, the
	 * current one included
	 */
	Figures figures(String lang, int dormantMonths, int years);

	/**
	 * @param anniversaries the {@link #MAX_ANNIVERSARIES_LISTED} soonest;
	 * {@code anniversaryCount} counts all
	 * @param activePartners partners with at least one exchange in {@code years}
	 * @param exchangesPerPartner the {@link #TOP_PARTNERS} most active partners, with
	 * their exchanges per year
	 * @param dormantTies the first {@link #MAX_DORMANT_LISTED} dormant ties, never-active
	 * and longest-quiet first
	 */
	record Figures(long partners, Map<String, Long> byKind, Map<String, Long> byCountry, Map<String, Long> byContinent,
			long continents, @Nullable FirstPartnership firstPartnership, Map<String, Long> perDecade,
			long establishedUnknown, long anniversaryCount, List<Anniversary> anniversaries, List<Integer> years,
			long activePartners, List<PartnerYears> exchangesPerPartner, int dormantMonths, long dormantCount,
			List<DormantTie> dormantTies, Map<String, Object> sections, boolean demo) {
	}

	record FirstPartnership(long partnershipId, String partner, String established) {
	}

	/**
	 * @param on the anniversary day, month ({@code 2027-04}) or year ({@code 2026}), as
	 * precise as the founding date
	 * @param years whole years the tie will have lasted
	 */
	record Anniversary(long partnershipId, String partnerCode, String partner, String established, String on, int years,
			boolean round) {
	}

	record PartnerYears(long partnershipId, String partnerCode, String partner, Map<Integer, Long> counts, long total) {
	}

	/**
	 * @param lastActivity null when no activity was ever recorded
	 */
	record DormantTie(long partnershipId, String partnerCode, String partner, String status,
			@Nullable String lastActivity) {
	}

}
