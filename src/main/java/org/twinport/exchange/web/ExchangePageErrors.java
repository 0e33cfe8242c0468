package org.twinport.exchange.web;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.twinport.shared.web.PageErrors;
import org.twinport.shared.web.Refusals;

/** The exchange pages, forms and downloads. Answered in the one page-error style of {@link PageErrors}. */
@ControllerAdvice(assignableTypes = { ExchangePages.class, ExchangeForms.class, DonationForms.class, ProjectForms.class,
		ExchangeDownloads.class })
class ExchangePageErrors extends PageErrors {

	ExchangePageErrors(Refusals refusals, MessageSource messages) {
		super(refusals, messages);
	}

}
