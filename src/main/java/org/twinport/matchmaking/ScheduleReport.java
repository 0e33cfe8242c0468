package org.twinport.matchmaking;

import java.io.Serializable;

/**
 * What a scheduler run did. Serializable: the office page shows it after a redirect, as a
 * flash attribute kept in the session table.
 *
 * @param upperBound no schedule can place more (see the scheduler's bound)
 * @param greedyPlaced what a first-fit heuristic places on the same input, the baseline
 * @param moved meetings that had a slot before this run and now sit elsewhere or nowhere
 * @param idleGaps gaps between a participant's meetings on the same day, summed over
 * participants
 */
public record ScheduleReport(int accepted, int placed, int unplaced, int moved, long upperBound, int greedyPlaced,
		int idleGaps, String solver, long millis) implements Serializable {
}
