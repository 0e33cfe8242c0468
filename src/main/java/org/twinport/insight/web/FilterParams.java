package org.twinport.insight.web;

import org.twinport.identity.TwinportUser;
import org.twinport.insight.TradeInsight.Filter;

/**
 * The query parameters every figure accepts; all optional.
 *
 * @param source OFFICIAL (default, public) or MARKETPLACE (staff)
 * @param from first month, YYYY-MM
 * @param to last month, YYYY-MM
 * @param flow IMPORT or EXPORT
 * @param country partner country, ISO alpha-2
 * @param place partner city, a network place code
 * @param channel CBEC_9610, CBEC_1210, B2B_9710, B2B_9810, GENERAL, or the groups CBEC
 * and B2B
 * @param chapter HS chapter, two digits
 * @param engine rollup (default) or raw: the benchmark's baseline, staff only
 */
record FilterParams(String source, String from, String to, String flow, String country, String place, String channel,
		String chapter, String engine) {

	Filter filter(TwinportUser user) {
		return InsightFilters.parse(source, from, to, flow, country, place, channel, chapter, engine, user);
	}

}
