package org.twinport.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way in to the record forms: staff see every kind of record, a partner office its
 * contacts and exchanges.
 */
@Controller
class ManagePages {

	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@GetMapping("/manage")
	String index() {
		return "manage/index";
	}

}
