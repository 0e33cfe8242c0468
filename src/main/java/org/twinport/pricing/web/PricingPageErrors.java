package org.twinport.pricing.web;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.twinport.shared.web.PageErrors;
import org.twinport.shared.web.Refusals;

/** The pricing pages (the landed-cost calculator and the rules). Answered in the one page-error style of {@link PageErrors}. */
@ControllerAdvice(assignableTypes = { LandedCostPages.class })
class PricingPageErrors extends PageErrors {

	PricingPageErrors(Refusals refusals, MessageSource messages) {
		super(refusals, messages);
	}

}
