package org.twinport.shared;

/**
 * Media types that Spring's {@code MediaType} has no constants for, as constants that
 * annotations (the OpenAPI declarations) can name.
 */
public final class MediaTypes {

	public static final String TEXT_CSV = "text/csv";

	public static final String TEXT_CALENDAR = "text/calendar";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private MediaTypes() {
	}

}
