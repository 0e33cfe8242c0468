package org.twinport.catalog.web;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.twinport.shared.web.PageErrors;
import org.twinport.shared.web.Refusals;

/** The catalog pages: the merchant's products, stock, warehouses, bundles, images, the editor, administration, imports and the product page. Answered in the one page-error style of {@link PageErrors}. */
@ControllerAdvice(assignableTypes = { MerchantPages.class, StockForm.class, WarehouseForm.class, BundleForm.class,
		MerchantImagePages.class, ProductForms.class, CatalogAdminPages.class, ImportPages.class,
		MarketplaceProductPage.class })
class CatalogPageErrors extends PageErrors {

	CatalogPageErrors(Refusals refusals, MessageSource messages) {
		super(refusals, messages);
	}

}
