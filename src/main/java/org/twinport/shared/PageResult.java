package org.twinport.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, as every paged API returns it. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> PageResult<T> of(List<T> items, int page, int size, long totalItems) {
		return new PageResult<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
	}

}
