package org.twinport.catalog;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Product images, stored under {@code TWINPORT_HOME/images} with a thumbnail each. Only
 * JPEG, PNG and GIF are accepted, recognised by their content (not by the name or the
 * declared type); SVG and HTML are refused.
 */
public interface ProductImages {

	record Image(long id, long productId, String contentType, int width, int height, int bytes) {
	}

	/**
	 * @param scope the caller's merchant, or null for ADMIN
	 * @throws org.twinport.shared.InvalidInputException for content that is not an
	 * accepted image, or too large
	 */
	Image add(@Nullable Long scope, long productId, byte[] content);

	List<Image> images(@Nullable Long scope, long productId);

	/**
	 * The first image of each product that has one, in one query: the thumbnails of a
	 * results page.
	 */
	Map<Long, Long> firstImages(Collection<Long> productIds);

	/**
	 * Removes the image and its files.
	 * @throws org.twinport.shared.NotFoundException for another merchant's product or an
	 * image of another product
	 */
	void delete(@Nullable Long scope, long productId, long imageId);

	/**
	 * An image file of a product in the caller's scope, whatever its status: what the
	 * merchant's editor previews.
	 * @throws org.twinport.shared.NotFoundException as for {@link #delete}
	 */
	ImageFile file(@Nullable Long scope, long productId, long imageId, boolean thumbnail);

	/** An image file of a product buyers may see; empty otherwise. */
	java.util.Optional<ImageFile> publicFile(long imageId, boolean thumbnail);

	record ImageFile(Path path, String contentType) {
	}

}
