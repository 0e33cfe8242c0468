package org.twinport.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.twinport.shared.MediaTypes;

/**
 * Recognises the accepted file types from their first bytes. A DOCX is a ZIP that holds
 * {@code word/document.xml}; any other ZIP, and everything else (HTML, SVG, scripts,
 * executables), is not recognised.
 */
final class ContentSniffer {

	static final String PDF = "application/pdf";

	static final String PNG = "image/png";

	static final String JPEG = "image/jpeg";

	static final String DOCX = MediaTypes.DOCX;

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/**
	 * A DOCX names few entries; a ZIP with many more before the document part is not
	 * worth reading on.
	 */
	private static final int MAX_ZIP_ENTRIES = 2000;

	private ContentSniffer() {
	}

	static Optional<String> sniff(byte[] bytes) {
		if (startsWith(bytes, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(bytes, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, ZIP_MAGIC) && isWordDocument(bytes)) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	static String extension(String contentType) {
		return switch (contentType) {
			case PDF -> "pdf";
			case PNG -> "png";
			case JPEG -> "jpg";
			default -> "docx";
		};
	}

	private static boolean isWordDocument(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			boolean types = false;
			boolean document = false;
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
				types |= entry.getName().equals("[Content_Types].xml");
				document |= entry.getName().equals("word/document.xml");
				if (types && document) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

}
