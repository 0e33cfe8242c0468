package org.twinport.catalog.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.twinport.catalog.ProductImages;
import org.twinport.catalog.ProductManagement;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.web.Refusals;

/** The images of the merchant's product page: upload, delete, and the files themselves, not cached. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MERCHANT')")
class MerchantImagePages {

	private final ProductManagement products;

	private final ProductImages images;

	private final MerchantProductModel productPage;

	private final Refusals refusals;

	MerchantImagePages(ProductManagement products, ProductImages images, MerchantProductModel productPage,
			Refusals refusals) {
		this.products = products;
		this.images = images;
		this.productPage = productPage;
		this.refusals = refusals;
	}

	@PostMapping("/merchant/products/{id}/images")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal TwinportUser user, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		Long scope = MerchantScope.of(user);
		products.product(scope, id);
		try {
			images.add(scope, id, file == null ? null : file.getBytes());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("imageError", refusals.say(ex, locale));
			return productPage.show(scope, id, locale, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
	}

	@PostMapping("/merchant/products/{id}/images/{imageId}/delete")
	String deleteImage(@PathVariable long id, @PathVariable long imageId, @AuthenticationPrincipal TwinportUser user,
			RedirectAttributes redirect) {
		images.delete(MerchantScope.of(user), id, imageId);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/merchant/products/" + id;
	}

	@GetMapping("/merchant/products/{id}/images/{imageId}")
	ResponseEntity<Resource> image(@PathVariable long id, @PathVariable long imageId,
			@RequestParam(defaultValue = "false") boolean thumbnail, @AuthenticationPrincipal TwinportUser user) {
		return ImagesApi.serve(images.file(MerchantScope.of(user), id, imageId, thumbnail), CacheControl.noStore());
	}

}
