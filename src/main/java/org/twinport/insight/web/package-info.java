/**
 * The trade-insight dashboard and partner pages, its figures as JSON and CSV, and the
 * staff API for imports of official statistics.
 */
@org.jspecify.annotations.NullMarked
package org.twinport.insight.web;
