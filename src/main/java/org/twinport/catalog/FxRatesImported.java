package org.twinport.catalog;

import java.time.LocalDate;

/**
 * A new set of reference rates was imported; prices shown in buyers' currencies follow
 * the latest set.
 */
public record FxRatesImported(long setId, LocalDate rateDate) {
}
