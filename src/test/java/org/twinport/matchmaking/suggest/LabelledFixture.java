package org.twinport.matchmaking.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.twinport.matchmaking.Offering;

/**
 * The hand-labelled suggestion fixture (matchmaking/labelled-fixture.json) and precision
 * at 5 over it.
 */
public final class LabelledFixture {

	public record Result(double precisionAt5, List<String> perQuery) {
	}

	private LabelledFixture() {
	}

	/**
	 * Mean over the queries of relevant hits in the top 5 divided by min(5, relevant
	 * count), so a query with only two true counterparts can still score 1.0.
	 */
	public static Result evaluate() {
		JsonNode root;
		try (InputStream in = LabelledFixture.class.getResourceAsStream("/matchmaking/labelled-fixture.json")) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TieMap ties = new TieMap();
		for (JsonNode tie : root.get("ties")) {
			ties.add(tie.get(0).asLong(), "Place " + tie.get(0).asLong(), tie.get(1).asLong(),
					"Place " + tie.get(1).asLong(), "Sister city", true);
		}
		Map<Long, Features> companies = new java.util.LinkedHashMap<>();
		for (JsonNode c : root.get("companies")) {
			long id = c.get("id").asLong();
			companies.put(id,
					Features.of(id, "Company " + id, c.get("place").asLong(), c.get("country").asString(),
							strings(c.get("sells")), strings(c.get("buys")), strings(c.get("isic")),
							strings(c.get("offers")).stream().map(Offering::valueOf).toList(),
							strings(c.get("seeks")).stream().map(Offering::valueOf).toList(), strings(c.get("markets")),
							strings(c.get("languages")), -1));
		}
		MatchScorer scorer = new MatchScorer(ties);
		double sum = 0;
		List<String> lines = new ArrayList<>();
		for (JsonNode query : root.get("queries")) {
			long id = query.get("company").asLong();
			Set<Long> relevant = new HashSet<>();
			query.get("relevant").forEach(r -> relevant.add(r.asLong()));
			List<Long> top = scorer.top(companies.get(id), companies.values(), Set.of(), 5)
				.stream()
				.map(s -> s.candidate().id())
				.toList();
			long hits = top.stream().filter(relevant::contains).count();
			double precision = (double) hits / Math.min(5, relevant.size());
			sum += precision;
			lines.add("company " + id + ": top 5 " + top + ", relevant "
					+ relevant.stream().sorted().collect(Collectors.toList()) + ", P@5 "
					+ String.format("%.2f", precision));
		}
		return new Result(sum / root.get("queries").size(), lines);
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(node -> out.add(node.asString()));
		return out;
	}

}
