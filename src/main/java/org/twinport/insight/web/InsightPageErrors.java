package org.twinport.insight.web;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.twinport.shared.web.PageErrors;
import org.twinport.shared.web.Refusals;

/** The insight pages. Answered in the one page-error style of {@link PageErrors}. */
@ControllerAdvice(assignableTypes = { InsightPages.class })
class InsightPageErrors extends PageErrors {

	InsightPageErrors(Refusals refusals, MessageSource messages) {
		super(refusals, messages);
	}

}
