package org.twinport.catalog.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.twinport.catalog.ProductDocuments;
import org.twinport.catalog.ProductImages;
import org.twinport.catalog.ProductManagement;
import org.twinport.platform.TwinportProperties;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Service
class FileProductImages implements ProductImages {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final long MAX_PIXELS = 40_000_000L;

	private static final int THUMBNAIL = 320;

	private final JdbcClient jdbc;

	private final ProductManagement products;

	private final ProductDocuments documents;

	private final Path root;

	FileProductImages(JdbcClient jdbc, ProductManagement products, ProductDocuments documents,
			TwinportProperties properties) {
		this.jdbc = jdbc;
		this.products = products;
		this.documents = documents;
		this.root = properties.home().resolve("images").toAbsolutePath();
	}

	@Override
	public Image add(@Nullable Long scope, long productId, byte[] content) {
		products.product(scope, productId);
		if (content == null || content.length == 0 || content.length > MAX_BYTES) {
			throw new InvalidInputException("file", Reason.of("catalog.problem.imageSize", MAX_BYTES / 1024 / 1024));
		}
		String type = sniff(content);
		BufferedImage image = decode(content);
		String name = UUID.randomUUID().toString();
		try {
			Path directory = Files.createDirectories(root.resolve(Long.toString(productId)));
			Files.write(directory.resolve(name + extension(type)), content);
			ImageIO.write(thumbnail(image), "png", directory.resolve(name + "-thumb.png").toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long id = jdbc.sql("""
				insert into catalog.product_image (product_id, file_name, content_type, width, height, bytes)
				values (:p, :f, :t, :w, :h, :b) returning id""")
			.param("p", productId)
			.param("f", name)
			.param("t", type)
			.param("w", image.getWidth())
			.param("h", image.getHeight())
			.param("b", content.length)
			.query(Long.class)
			.single();
		return new Image(id, productId, type, image.getWidth(), image.getHeight(), content.length);
	}

	@Override
	public List<Image> images(@Nullable Long scope, long productId) {
		products.product(scope, productId);
		return jdbc
			.sql("select id, product_id, content_type, width, height, bytes from catalog.product_image "
					+ "where product_id = :p order by id")
			.param("p", productId)
			.query((rs, row) -> new Image(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6)))
			.list();
	}

	@Override
	public Map<Long, Long> firstImages(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> first = new HashMap<>();
		jdbc.sql("select distinct on (product_id) product_id, id from catalog.product_image "
				+ "where product_id = any(:p) order by product_id, id")
			.param("p", productIds.toArray(Long[]::new))
			.query((rs, row) -> first.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return first;
	}

	@Override
	public void delete(@Nullable Long scope, long productId, long imageId) {
		ImageFile original = file(scope, productId, imageId, false);
		ImageFile thumbnail = file(scope, productId, imageId, true);
		jdbc.sql("delete from catalog.product_image where id = :id").param("id", imageId).update();
		try {
			Files.deleteIfExists(original.path());
			Files.deleteIfExists(thumbnail.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public ImageFile file(@Nullable Long scope, long productId, long imageId, boolean thumbnail) {
		products.product(scope, productId);
		return jdbc.sql(
				"select product_id, file_name, content_type from catalog.product_image where id = :id and product_id = :p")
			.param("id", imageId)
			.param("p", productId)
			.query((rs, row) -> path(rs.getLong(1), rs.getString(2), rs.getString(3), thumbnail))
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noImage")));
	}

	private ImageFile path(long productId, String name, String type, boolean thumbnail) {
		Path directory = root.resolve(Long.toString(productId));
		return thumbnail ? new ImageFile(directory.resolve(name + "-thumb.png"), "image/png")
				: new ImageFile(directory.resolve(name + extension(type)), type);
	}

	@Override
	public Optional<ImageFile> publicFile(long imageId, boolean thumbnail) {
		return jdbc.sql("select product_id, file_name, content_type from catalog.product_image where id = :id")
			.param("id", imageId)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.optional()
			.filter(row -> documents.document((long) row[0]).map(d -> d.visible()).orElse(false))
			.map(row -> path((long) row[0], (String) row[1], (String) row[2], thumbnail));
	}

	/**
	 * The real type from the leading bytes; anything else (SVG, HTML, scripts, other
	 * formats) is refused.
	 */
	static String sniff(byte[] b) {
		if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
			return "image/gif";
		}
		throw new InvalidInputException("file", Reason.of("catalog.problem.imageType"));
	}

	private static BufferedImage decode(byte[] content) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new InvalidInputException("file", Reason.of("catalog.problem.unreadableImage"));
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new InvalidInputException("file", Reason.of("catalog.problem.imageMegapixels"));
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", Reason.of("catalog.problem.unreadableImage"));
		}
	}

	private static BufferedImage thumbnail(BufferedImage image) {
		double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = thumb.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return thumb;
	}

	private static String extension(String type) {
		return switch (type) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			default -> ".gif";
		};
	}

}
