package org.twinport.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The text part of a search. A query is tried against every language family (the buyer
 * may type in any script) and the best family wins; title matches weigh three times
 * description matches, an exact title match far more. Only the families that can analyse
 * the query's scripts are asked. Latin words get a fuzzy second chance so that "teapott"
 * finds "teapot", when the exact words find too little.
 */
final class QueryFactory {

	private static final Pattern LATIN_WORD = Pattern.compile("^\\p{IsLatin}+$");

	private static final float TITLE_BOOST = 3f;

	private static final float EXACT_BOOST = 20f;

	private static final float FUZZY_BOOST = 0.5f;

	private final Analyzer analyzer = SearchAnalyzers.create();

	private final QueryBuilder builder = new QueryBuilder(analyzer);

	/**
	 * @param typos whether Latin words may also match with an edit or two; costly on a
	 * large index, so only asked for when the exact words find little
	 */
	Query text(String q, boolean typos) {
		if (q == null || q.isBlank()) {
			return new MatchAllDocsQuery();
		}
		if (parsed.size() > 2000) {
			parsed.clear();
		}
		return parsed.computeIfAbsent((typos ? "~" : "=") + q, key -> build(q, typos));
	}

	/** Queries are immutable: the analysis of the most recent texts is kept. */
	private final Map<String, Query> parsed = new ConcurrentHashMap<>();

	private Query build(String q, boolean typos) {
		List<Query> alternatives = new ArrayList<>();
		for (String family : SearchAnalyzers.familiesFor(q)) {
			Query title = builder.createBooleanQuery(Fields.title(family), q, Occur.MUST);
			if (title != null) {
				alternatives.add(new BoostQuery(title, TITLE_BOOST));
			}
			Query description = builder.createBooleanQuery(Fields.description(family), q, Occur.MUST);
			if (description != null) {
				alternatives.add(description);
			}
		}
		Query fuzzy = typos ? fuzzy(tokens(q)) : null;
		if (fuzzy != null) {
			alternatives.add(new BoostQuery(fuzzy, FUZZY_BOOST));
		}
		if (alternatives.isEmpty()) {
			return new TermQuery(new Term(Fields.EXACT_TITLE, Fields.exact(q)));
		}
		return new BooleanQuery.Builder().add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.SHOULD)
			.add(new BoostQuery(new TermQuery(new Term(Fields.EXACT_TITLE, Fields.exact(q))), EXACT_BOOST),
					Occur.SHOULD)
			.setMinimumNumberShouldMatch(1)
			.build();
	}

	/** Words typed so far, the last one as a prefix. */
	Query prefix(String typed) {
		List<String> tokens = tokens(typed);
		if (tokens.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < tokens.size() - 1; i++) {
			query.add(new TermQuery(new Term(Fields.title("std"), tokens.get(i))), Occur.MUST);
		}
		query.add(new PrefixQuery(new Term(Fields.title("std"), tokens.getLast())), Occur.MUST);
		return query.build();
	}

	/** Whether {@link #text} with typos could find more than without. */
	boolean forgivesTypos(String q) {
		return q != null && !q.isBlank() && fuzzy(tokens(q)) != null;
	}

	private static Query fuzzy(List<String> tokens) {
		if (tokens.isEmpty() || !tokens.stream().allMatch(token -> LATIN_WORD.matcher(token).matches())) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String token : tokens) {
			int edits = token.length() < 4 ? 0 : token.length() < 8 ? 1 : 2;
			query.add(new FuzzyQuery(new Term(Fields.title("std"), token), edits, 1), Occur.MUST);
		}
		return query.build();
	}

	private List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(Fields.title("std"), text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens.size() > 16 ? tokens.subList(0, 16) : tokens;
	}

}
