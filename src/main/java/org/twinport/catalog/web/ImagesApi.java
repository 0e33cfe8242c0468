package org.twinport.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.catalog.ProductImages;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.Reason;

@Tag(name = "Catalog: product images")
@RestController
class ImagesApi {

	private final ProductImages images;

	ImagesApi(ProductImages images) {
		this.images = images;
	}

	@Operation(
			summary = "Upload an image (the raw bytes; JPEG, PNG or GIF, recognised by content); a thumbnail is made",
			description = "The body is the image file itself, not multipart; its type is recognised from the bytes, "
					+ "whatever Content-Type says.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.IMAGE_GIF_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
							schema = @Schema(type = "string", format = "binary")) }))
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
	@PostMapping("/api/v1/catalog/products/{id}/images")
	@ResponseStatus(HttpStatus.CREATED)
	ProductImages.Image upload(@PathVariable long id, @RequestBody(required = false) byte[] content,
			@AuthenticationPrincipal TwinportUser user) {
		return images.add(MerchantScope.of(user), id, content);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
	@GetMapping("/api/v1/catalog/products/{id}/images")
	List<ProductImages.Image> list(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		return images.images(MerchantScope.of(user), id);
	}

	@Operation(summary = "Delete an image of one of the caller's products, with its thumbnail")
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
	@DeleteMapping("/api/v1/catalog/products/{id}/images/{imageId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @PathVariable long imageId, @AuthenticationPrincipal TwinportUser user) {
		images.delete(MerchantScope.of(user), id, imageId);
	}

	@Operation(summary = "An image of one of the caller's products, whatever its status, or its thumbnail (PNG)")
	@ApiResponse(responseCode = "200", description = "The image",
			content = {
					@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.IMAGE_GIF_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
	@GetMapping("/api/v1/catalog/products/{id}/images/{imageId}")
	ResponseEntity<Resource> own(@PathVariable long id, @PathVariable long imageId,
			@RequestParam(defaultValue = "false") boolean thumbnail, @AuthenticationPrincipal TwinportUser user) {
		return serve(images.file(MerchantScope.of(user), id, imageId, thumbnail), CacheControl.noStore());
	}

	/** The bytes of an image file, never sniffed by the browser as anything else. */
	static ResponseEntity<Resource> serve(ProductImages.ImageFile file, CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(cache)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(new FileSystemResource(file.path()));
	}

	@Operation(summary = "An image of a public product, or its thumbnail (PNG)")
	@ApiResponse(responseCode = "200", description = "The image",
			content = {
					@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.IMAGE_GIF_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/api/v1/catalog/images/{id}")
	ResponseEntity<Resource> image(@PathVariable long id, @RequestParam(defaultValue = "false") boolean thumbnail) {
		ProductImages.ImageFile file = images.publicFile(id, thumbnail)
			.orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noImage")));
		return serve(file, CacheControl.maxAge(java.time.Duration.ofDays(1)));
	}

}
