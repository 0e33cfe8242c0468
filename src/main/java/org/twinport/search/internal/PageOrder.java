package org.twinport.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.twinport.search.SearchQuery;

/**
 * The order of a search's hits, where a cursor resumes it and the cursor of a page's last
 * hit. Ties always fall to the product id. Without words every match scores the same
 * (1.0), so relevance is the product id alone: sorted by id, which is the index's own
 * order ({@link LuceneIndex#SORT}), a listing stops after the page's hits in each
 * segment. Its cursors keep the relevance form (score 1.0, then the id), so cursors and
 * answers are those of a search by score then id.
 */
final class PageOrder {

	/** The score of every match of a search without words. */
	private static final float LISTING_SCORE = 1f;

	private final SearchQuery.Sort order;

	private final Sort sort;

	private final boolean idOnly;

	/** The field of a first sort value indexed as points too (date, price), else null. */
	private final String pointField;

	private final boolean descending;

	private PageOrder(SearchQuery.Sort order, Sort sort, boolean idOnly) {
		this.order = order;
		this.sort = sort;
		this.idOnly = idOnly;
		SortField first = sort.getSort()[0];
		this.pointField = order == SearchQuery.Sort.RELEVANCE ? null : first.getField();
		this.descending = first.getReverse();
	}

	static PageOrder of(SearchQuery.Sort order, String priceKey, boolean words) {
		SortField id = new SortField(Fields.ID_SORT, SortField.Type.LONG, order == SearchQuery.Sort.NEWEST);
		return switch (order) {
			case RELEVANCE -> words ? new PageOrder(order, new Sort(SortField.FIELD_SCORE, id), false)
					: new PageOrder(order, new Sort(id), true);
			case NEWEST -> new PageOrder(order, new Sort(new SortField(Fields.CREATED, SortField.Type.LONG, true), id),
					false);
			case PRICE_ASC, PRICE_DESC -> {
				boolean descending = order == SearchQuery.Sort.PRICE_DESC;
				SortField price = new SortField(Fields.priceEur(priceKey), SortField.Type.LONG, descending);
				price.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
				yield new PageOrder(order, new Sort(price, id), false);
			}
		};
	}

	Sort sort() {
		return sort;
	}

	/** Whether the order needs the words' scores. */
	boolean scored() {
		return order == SearchQuery.Sort.RELEVANCE && !idOnly;
	}

	/**
	 * Where the page after the cursor starts, or null for the first page.
	 * @param maxDoc of the searcher: the last hit itself ties with the cursor on every sort
	 * value, and the highest doc id makes it skipped
	 * @throws org.twinport.shared.InvalidInputException for a malformed cursor
	 */
	FieldDoc after(String cursor, int maxDoc) {
		FieldDoc last = Cursors.decode(order, cursor);
		if (last == null || maxDoc == 0) {
			return null;
		}
		if (!idOnly) {
			return new FieldDoc(maxDoc - 1, Float.NaN, last.fields);
		}
		float score = (Float) last.fields[0];
		if (score > LISTING_SCORE) {
			return null;
		}
		long id = score < LISTING_SCORE ? Long.MAX_VALUE : (Long) last.fields[1];
		return new FieldDoc(maxDoc - 1, Float.NaN, new Object[] { id });
	}

	/**
	 * The search restricted to the first sort values that can make the page, when that
	 * value is indexed as points: walking the segments' point trees from the best values
	 * (after the cursor's), it keeps the best cells that together hold {@link #SPARE} times
	 * the documents the page needs at the search's share of matches ({@code total / maxDoc}).
	 * Its hits are the page only if it finds a full page (every document left out is worse
	 * than every one kept); else the caller searches without it.
	 * @return null when the order has no such value or the index lacks its points
	 */
	Query narrowed(IndexReader reader, Query run, FieldDoc after, long total, int size) throws IOException {
		if (pointField == null || total <= 0 || reader.maxDoc() == 0) {
			return null;
		}
		long wanted = (long) Math.ceil(SPARE * size * (double) reader.maxDoc() / total);
		long bound = after == null ? (descending ? Long.MAX_VALUE : Long.MIN_VALUE) : (Long) after.fields[0];
		// Per cell walked: its edge value nearest the rest (its lowest when descending) and its points.
		List<long[]> cells = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			PointValues points = leaf.reader().getPointValues(pointField);
			if (points == null) {
				if (leaf.reader().getNumericDocValues(pointField) != null) {
					return null; // written before the value had points
				}
				continue;
			}
			walk(points.getPointTree(), bound, new long[] { wanted }, cells);
		}
		// Every segment's best cells, best first: the edge is where they hold enough points together.
		cells.sort(descending ? (x, y) -> Long.compare(y[0], x[0]) : (x, y) -> Long.compare(x[0], y[0]));
		long held = 0;
		for (long[] cell : cells) {
			held += cell[1];
			if (held >= wanted) {
				Query range = descending ? LongPoint.newRangeQuery(pointField, cell[0], Long.MAX_VALUE)
						: LongPoint.newRangeQuery(pointField, Long.MIN_VALUE, cell[0]);
				return new BooleanQuery.Builder().add(run, Occur.MUST).add(range, Occur.FILTER).build();
			}
		}
		return null;
	}

	/** Matches to leave room for, per match the page needs: filters are not spread evenly. */
	private static final int SPARE = 4;

	/**
	 * Walks a segment's cells from the best values on (the highest when descending), adding
	 * each cell wholly on the near side of the bound (the cursor's value) as its far edge
	 * and its points, until {@code wanted} points are held.
	 */
	private void walk(PointValues.PointTree tree, long bound, long[] wanted, List<long[]> cells) throws IOException {
		long min = LongPoint.decodeDimension(tree.getMinPackedValue(), 0);
		long max = LongPoint.decodeDimension(tree.getMaxPackedValue(), 0);
		if (descending ? min > bound : max < bound) {
			return;
		}
		boolean inside = descending ? max <= bound : min >= bound;
		if (inside && tree.size() <= wanted[0]) {
			wanted[0] -= tree.size();
			cells.add(new long[] { descending ? min : max, tree.size() });
			return;
		}
		List<PointValues.PointTree> children = children(tree);
		if (children.isEmpty()) {
			if (inside) {
				wanted[0] = 0;
				cells.add(new long[] { descending ? min : max, tree.size() });
			}
			return;
		}
		for (int i = 0; i < children.size() && wanted[0] > 0; i++) {
			walk(children.get(descending ? children.size() - 1 - i : i), bound, wanted, cells);
		}
	}

	/** A cell's children in value order (one dimension: the lower values first). */
	private static List<PointValues.PointTree> children(PointValues.PointTree tree) throws IOException {
		List<PointValues.PointTree> children = new ArrayList<>(2);
		if (tree.moveToChild()) {
			do {
				children.add(tree.clone());
			}
			while (tree.moveToSibling());
			tree.moveToParent();
		}
		return children;
	}

	/** The cursor that resumes after this hit. */
	String cursor(FieldDoc last) {
		return idOnly ? Cursors.encode(order, LISTING_SCORE, last.fields[0])
				: Cursors.encode(order, last.fields[0], last.fields[1]);
	}

}
