package org.twinport.network.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.network.ContactDraft;
import org.twinport.network.ContactView;
import org.twinport.network.OrganizationDraft;
import org.twinport.network.OrganizationView;
import org.twinport.network.RegistryManagement;

@Tag(name = "Partner network")
@RestController
@RequestMapping("/api/v1/network")
class RegistryApi {

	private final RegistryManagement registry;

	RegistryApi(RegistryManagement registry) {
		this.registry = registry;
	}

	@Operation(summary = "Organizations of the network, optionally of one place (public)")
	@GetMapping("/organizations")
	List<OrganizationView> organizations(@RequestParam(required = false) String place,
			@RequestParam(defaultValue = "en") String lang) {
		return registry.organizations(place, lang);
	}

	@GetMapping("/organizations/{id}")
	OrganizationView organization(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
		return registry.organization(id, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/organizations")
	@ResponseStatus(HttpStatus.CREATED)
	OrganizationView createOrganization(@RequestBody OrganizationDraft draft,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return registry.createOrganization(draft, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/organizations/{id}")
	OrganizationView updateOrganization(@PathVariable long id, @RequestBody OrganizationDraft draft,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return registry.updateOrganization(id, draft, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/organizations/{id}/archive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archiveOrganization(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		registry.archiveOrganization(id, user);
	}

	@Operation(summary = "Contacts (public: names and roles; personal details for staff and the contact's own office)")
	@GetMapping("/contacts")
	List<ContactView> contacts(@RequestParam(required = false) String place,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return registry.contacts(place, user, lang);
	}

	@GetMapping("/contacts/{id}")
	ContactView contact(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return registry.contact(id, user, lang);
	}

	@Operation(summary = "Add a contact (staff: any; partner office: of its own place)")
	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PostMapping("/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	ContactView createContact(@RequestBody ContactDraft draft, @RequestParam(defaultValue = "en") String lang,
			@AuthenticationPrincipal TwinportUser user) {
		return registry.createContact(draft, user, lang);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PARTNER_OFFICE')")
	@PutMapping("/contacts/{id}")
	ContactView updateContact(@PathVariable long id, @RequestBody ContactDraft draft,
			@RequestParam(defaultValue = "en") String lang, @AuthenticationPrincipal TwinportUser user) {
		return registry.updateContact(id, draft, user, lang);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/contacts/{id}/archive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void archiveContact(@PathVariable long id, @AuthenticationPrincipal TwinportUser user) {
		registry.archiveContact(id, user);
	}

}
