package org.twinport.network.internal;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.TwinportUser;
import org.twinport.network.ContactDraft;
import org.twinport.network.ContactView;
import org.twinport.network.OrganizationDraft;
import org.twinport.network.OrganizationView;
import org.twinport.network.RegistryManagement;

/**
 * The rules for the registry of organizations and contacts (staff only for organizations;
 * a partner office for its own place's contacts), over their record stores.
 */
@Service
class RegistryManagementService implements RegistryManagement {

	private final OrganizationRecords organizations;

	private final ContactRecords contacts;

	RegistryManagementService(OrganizationRecords organizations, ContactRecords contacts) {
		this.organizations = organizations;
		this.contacts = contacts;
	}

	@Override
	public List<OrganizationView> organizations(String placeCode, String lang) {
		return organizations.list(placeCode, lang);
	}

	@Override
	public OrganizationView organization(long id, String lang) {
		return organizations.get(id, lang);
	}

	@Override
	@Transactional
	public OrganizationView createOrganization(OrganizationDraft draft, TwinportUser actor, String lang) {
		staffOnly(actor);
		return organizations.create(draft, actor, lang);
	}

	@Override
	@Transactional
	public OrganizationView updateOrganization(long id, OrganizationDraft draft, TwinportUser actor, String lang) {
		staffOnly(actor);
		return organizations.update(id, draft, actor, lang);
	}

	@Override
	@Transactional
	public void archiveOrganization(long id, TwinportUser actor) {
		staffOnly(actor);
		organizations.archive(id, actor);
	}

	@Override
	public List<ContactView> contacts(String placeCode, TwinportUser reader, String lang) {
		return contacts.list(placeCode, reader, lang);
	}

	@Override
	public ContactView contact(long id, TwinportUser reader, String lang) {
		return contacts.get(id, reader, lang);
	}

	@Override
	@Transactional
	public ContactView createContact(ContactDraft draft, TwinportUser actor, String lang) {
		return contacts.create(draft, actor, lang);
	}

	@Override
	@Transactional
	public ContactView updateContact(long id, ContactDraft draft, TwinportUser actor, String lang) {
		return contacts.update(id, draft, actor, lang);
	}

	@Override
	@Transactional
	public void archiveContact(long id, TwinportUser actor) {
		staffOnly(actor);
		contacts.archive(id, actor);
	}

	private static void staffOnly(TwinportUser actor) {
		if (!Rows.isStaff(actor)) {
			throw new AccessDeniedException("Staff only");
		}
	}

}
