package org.twinport.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.twinport.platform.Attachments;
import org.twinport.platform.TwinportProperties;
import org.twinport.shared.Reason;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;

@Service
class FileSystemAttachments implements Attachments {

	private static final Logger log = LoggerFactory.getLogger(FileSystemAttachments.class);

	private static final String COLUMNS = """
			id, owner_type, owner_id, file_name, content_type, size_bytes, sha256, public, uploaded_by, uploaded_at""";

	private final JdbcClient jdbc;

	private final Path directory;

	FileSystemAttachments(JdbcClient jdbc, TwinportProperties properties) {
		this.jdbc = jdbc;
		this.directory = properties.home().resolve("attachments").toAbsolutePath();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Attachment store(String ownerType, long ownerId, String fileName, InputStream content, boolean isPublic,
			String actor) {
		byte[] bytes = read(content);
		if (bytes.length == 0) {
			throw new InvalidInputException("file", Reason.of("platform.problem.fileEmpty"));
		}
		String contentType = ContentSniffer.sniff(bytes)
			.orElseThrow(() -> new InvalidInputException("file", Reason.of("platform.problem.fileType")));
		String key = UUID.randomUUID().toString();
		Path target = write(key, bytes);
		// From here on the file exists: it must go again unless the row that names it
		// commits.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					delete(target);
				}
			}
		});
		long id = jdbc
			.sql("""
					insert into platform.attachment (owner_type, owner_id, file_name, content_type, size_bytes, sha256,
					  storage_key, public, uploaded_by) values (:type, :owner, :name, :contentType, :size, :sha, :key, :public, :actor)
					returning id
					""")
			.param("type", ownerType)
			.param("owner", ownerId)
			.param("name", safeName(fileName, contentType))
			.param("contentType", contentType)
			.param("size", bytes.length)
			.param("sha", sha256(bytes))
			.param("key", key)
			.param("public", isPublic)
			.param("actor", actor)
			.query(Long.class)
			.single();
		return find(ownerType, ownerId, id).orElseThrow();
	}

	@Override
	public List<Attachment> list(String ownerType, long ownerId) {
		return jdbc
			.sql("select " + COLUMNS + " from platform.attachment where owner_type = :type and owner_id = :owner"
					+ " and not archived order by id")
			.param("type", ownerType)
			.param("owner", ownerId)
			.query((rs, n) -> attachment(rs))
			.list();
	}

	@Override
	public Optional<Attachment> find(String ownerType, long ownerId, long attachmentId) {
		return jdbc
			.sql("select " + COLUMNS + " from platform.attachment where owner_type = :type and owner_id = :owner"
					+ " and id = :id and not archived")
			.param("type", ownerType)
			.param("owner", ownerId)
			.param("id", attachmentId)
			.query((rs, n) -> attachment(rs))
			.optional();
	}

	@Override
	public InputStream open(Attachment attachment) {
		String key = jdbc.sql("select storage_key from platform.attachment where id = :id")
			.param("id", attachment.id())
			.query(String.class)
			.single();
		try {
			return Files.newInputStream(directory.resolve(key));
		}
		catch (IOException ex) {
			log.error("Attachment {} is missing its file {}", attachment.id(), key, ex);
			throw new NotFoundException(Reason.of("platform.problem.attachmentFileMissing", String.valueOf(attachment.id())));
		}
	}

	private Path write(String key, byte[] bytes) {
		try {
			Files.createDirectories(directory);
			Path temporary = directory.resolve(key + ".part");
			Files.write(temporary, bytes);
			return Files.move(temporary, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an attachment under " + directory, ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the attachment file {} of a rolled-back upload", file, ex);
		}
	}

	private static byte[] read(InputStream content) {
		try (content) {
			byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new InvalidInputException("file", Reason.of("platform.problem.fileTooLarge", MAX_BYTES / (1024 * 1024)));
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", Reason.of("platform.problem.fileUnreadable"));
		}
	}

	/**
	 * The name shown and offered on download: no path, no control or quoting characters,
	 * the real extension.
	 */
	static String safeName(String fileName, String contentType) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"%;]", "_").strip();
		String extension = "." + ContentSniffer.extension(contentType);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = "attachment";
		}
		return (base.length() > 150 ? base.substring(0, 150) : base) + extension;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Attachment attachment(ResultSet rs) throws SQLException {
		return new Attachment(rs.getLong("id"), rs.getString("owner_type"), rs.getLong("owner_id"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getBoolean("public"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

}
