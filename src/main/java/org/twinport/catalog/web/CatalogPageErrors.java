package org.twinport.catalog.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.StateConflictException;

/**
 * Catalog pages answer a missing thing with 404 and a refusal no form shows (a refused
 * GET, a bad upload) with 400, the error page; forms show their own refusals beside the
 * fields.
 */
@ControllerAdvice(assignableTypes = { MerchantPages.class, StockForm.class, WarehouseForm.class, BundleForm.class,
		MerchantImagePages.class, ProductForms.class, CatalogAdminPages.class, ImportPages.class,
		MarketplaceProductPage.class })
class CatalogPageErrors {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler({ InvalidInputException.class, StateConflictException.class })
	void refused(HttpServletResponse response) throws IOException {
		response.sendError(400);
	}

}
