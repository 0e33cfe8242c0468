package org.twinport.network.web;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.twinport.shared.web.PageErrors;
import org.twinport.shared.web.Refusals;

/** The network pages and the partnership, organization and contact forms. Answered in the one page-error style of {@link PageErrors}. */
@ControllerAdvice(assignableTypes = { NetworkPages.class, PartnershipForms.class, OrganizationForms.class,
		ContactForms.class })
class NetworkPageErrors extends PageErrors {

	NetworkPageErrors(Refusals refusals, MessageSource messages) {
		super(refusals, messages);
	}

}
