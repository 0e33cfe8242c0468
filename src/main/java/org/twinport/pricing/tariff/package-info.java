/**
 * National tariff schedules as dated, sourced versions per market (US, GB, EU, JP, AU),
 * their rate notations parsed, the HS 2022 nomenclature, and the compact in-memory indexes
 * a quote reads its national line from.
 */
@org.jspecify.annotations.NullMarked
package org.twinport.pricing.tariff;
