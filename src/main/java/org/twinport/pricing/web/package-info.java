/**
 * The landed-cost API (quotes, rule sets, restricted goods) and the calculator and
 * rule-set pages; refusals are worded in the reader's language by
 * {@link org.twinport.shared.web.Refusals}.
 */
@org.jspecify.annotations.NullMarked
package org.twinport.pricing.web;
