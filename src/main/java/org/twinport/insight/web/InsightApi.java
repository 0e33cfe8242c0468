package org.twinport.insight.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.shared.UiLanguage;
import org.twinport.identity.TwinportUser;
import org.twinport.insight.SourceKind;
import org.twinport.insight.TradeInsight;
import org.twinport.insight.TradeInsight.Filter;
import org.twinport.insight.TradeInsight.Granularity;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;
import org.twinport.shared.MediaTypes;

@Tag(name = "Trade insight: figures")
@RestController
/**
 * The figures, under the API (bearer tokens) and, for the dashboard's own script, under
 * {@code /insight/figures} in the page chain, where a signed-in member of staff's session
 * is what shows the marketplace figures.
 */
@RequestMapping({ "/api/v1/insight", "/insight/figures" })
class InsightApi {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final TradeInsight insight;

	InsightApi(TradeInsight insight) {
		this.insight = insight;
	}

	@Operation(summary = "Reporting currency, latest month and sources (synthetic ones flagged) of a source kind")
	@GetMapping("/context")
	TradeInsight.Context context(FilterParams params, @AuthenticationPrincipal TwinportUser user) {
		return insight.context(params.filter(user).source());
	}

	@Operation(summary = "Imports, exports and total per month or year")
	@GetMapping("/totals")
	List<TradeInsight.Point> totals(FilterParams params, @RequestParam(defaultValue = "MONTH") String granularity,
			@AuthenticationPrincipal TwinportUser user) {
		return insight.totals(params.filter(user), granularity(granularity));
	}

	@Operation(summary = "Year-over-year growth, like with like; n/a when the previous year is zero or missing")
	@GetMapping("/growth")
	List<TradeInsight.YearGrowth> growth(FilterParams params, @AuthenticationPrincipal TwinportUser user) {
		return insight.growth(params.filter(user));
	}

	@Operation(summary = "Top partner countries (by=country) or cities (by=city)")
	@GetMapping("/partners")
	List<TradeInsight.Ranked> partners(FilterParams params, @RequestParam(defaultValue = "country") String by,
			@RequestParam(defaultValue = "10") int limit, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return insight.partners(params.filter(user), cities(by), limit, lang(lang));
	}

	@Operation(summary = "Mix by HS chapter, each named by its HS 2022 chapter title (lang=en or zh)")
	@GetMapping("/chapters")
	List<TradeInsight.Ranked> chapters(FilterParams params, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return insight.chapters(params.filter(user), lang(lang));
	}

	@Operation(summary = "Per year: cross-border e-commerce retail, B2B e-commerce, general trade, and the CBEC share")
	@GetMapping("/channels")
	List<TradeInsight.ChannelYear> channels(FilterParams params, @AuthenticationPrincipal TwinportUser user) {
		return insight.channels(params.filter(user));
	}

	@Operation(summary = "Growth of trade with sister cities' countries against everything else")
	@GetMapping("/sister-cities")
	TradeInsight.SisterComparison sisterCities(FilterParams params, @AuthenticationPrincipal TwinportUser user) {
		return insight.sisterCities(params.filter(user));
	}

	@Operation(summary = "Any figure as CSV: totals, growth, partners, chapters, channels, sister-cities")
	@ApiResponse(responseCode = "200", description = "The figure as CSV",
			content = @Content(mediaType = MediaTypes.TEXT_CSV, schema = @Schema(type = "string")))
	@GetMapping("/csv/{figure}")
	ResponseEntity<String> csv(@PathVariable String figure, FilterParams params,
			@RequestParam(defaultValue = "MONTH") String granularity, @RequestParam(defaultValue = "country") String by,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		Filter filter = params.filter(user);
		String body = switch (figure) {
			case "totals" -> InsightCsv.totals(insight.totals(filter, granularity(granularity)));
			case "growth" -> InsightCsv.growth(insight.growth(filter));
			case "partners" -> InsightCsv.ranked(insight.partners(filter, cities(by), limit, lang(lang)));
			case "chapters" -> InsightCsv.ranked(insight.chapters(filter, lang(lang)));
			case "channels" -> InsightCsv.channels(insight.channels(filter));
			case "sister-cities" -> InsightCsv.sisters(insight.sisterCities(filter));
			default -> throw new InvalidInputException("figure", Reason.of("insight.problem.figure"));
		};
		String name = "insight-" + figure + (filter.source() == SourceKind.MARKETPLACE ? "-marketplace" : "") + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	private static Granularity granularity(String text) {
		try {
			return Granularity.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("granularity", Reason.of("insight.problem.granularity"));
		}
	}

	private static boolean cities(String by) {
		return switch (by.strip().toLowerCase(Locale.ROOT)) {
			case "country" -> false;
			case "city" -> true;
			default -> throw new InvalidInputException("by", Reason.of("insight.problem.by"));
		};
	}

	private static String lang(String lang) {
		return UiLanguage.ofTag(lang).code();
	}

}
