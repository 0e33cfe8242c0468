package org.twinport.search.web;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.twinport.shared.web.PageErrors;
import org.twinport.shared.web.Refusals;

/** The marketplace page (a bad filter is dropped by the page itself). Answered in the one page-error style of {@link PageErrors}. */
@ControllerAdvice(assignableTypes = MarketplacePages.class)
class SearchPageErrors extends PageErrors {

	SearchPageErrors(Refusals refusals, MessageSource messages) {
		super(refusals, messages);
	}

}
