package org.twinport.network;

import java.util.List;
import java.util.Map;

/** The international office's figures, computed from the registry and cached until the next change. */
public interface NetworkFigures {

	/**
	 * @param dormantMonths a tie with no activity for this many months counts as dormant
	 * @param years exchanges per partner are counted for this many calendar years, the current one included
	 */
	Figures figures(String lang, int dormantMonths, int years);

	record Figures(long partners, Map<String, Long> byKind, Map<String, Long> byCountry, Map<String, Long> byContinent,
			long continents, FirstPartnership firstPartnership, Map<String, Long> perDecade, long establishedUnknown,
			List<Anniversary> anniversaries, List<Integer> years, List<PartnerYears> exchangesPerPartner,
			int dormantMonths, List<DormantTie> dormantTies, Map<String, Object> sections, boolean demo) {
	}

	record FirstPartnership(long partnershipId, String partner, String established) {
	}

	/**
	 * @param on the anniversary day, month ({@code 2027-04}) or year ({@code 2026}), as precise as the founding date
	 * @param years whole years the tie will have lasted
	 */
	record Anniversary(long partnershipId, String partnerCode, String partner, String established, String on,
			int years, boolean round) {
	}

	record PartnerYears(long partnershipId, String partnerCode, String partner, Map<Integer, Long> counts,
			long total) {
	}

	/** @param lastActivity null when no activity was ever recorded */
	record DormantTie(long partnershipId, String partnerCode, String partner, String status, String lastActivity) {
	}

}
