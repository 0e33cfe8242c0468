package org.twinport.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.MediaType;
import org.twinport.shared.MediaTypes;

/**
 * Declares in the OpenAPI document what {@link AttachmentResponses#download} answers: the
 * stored file in one of the types {@link Attachments} accepts.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "The file, with the type recognised from its bytes",
		content = {
				@Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
				@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
				@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
				@Content(mediaType = MediaTypes.DOCX, schema = @Schema(type = "string", format = "binary")) })
public @interface AttachmentDownloadResponse {

}
