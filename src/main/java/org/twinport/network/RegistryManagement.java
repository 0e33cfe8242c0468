package org.twinport.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.twinport.identity.TwinportUser;

/**
 * Organizations and contacts of the network. Organizations are written by staff; contacts
 * by staff and by the office of the contact's place. Personal details of contacts are
 * shown only to those who may write them.
 */
public interface RegistryManagement {

	List<OrganizationView> organizations(@Nullable String placeCode, String lang);

	OrganizationView organization(long id, String lang);

	OrganizationView createOrganization(OrganizationDraft draft, TwinportUser actor, String lang);

	OrganizationView updateOrganization(long id, OrganizationDraft draft, TwinportUser actor, String lang);

	void archiveOrganization(long id, TwinportUser actor);

	/**
	 * @param reader null for an anonymous reader
	 */
	List<ContactView> contacts(@Nullable String placeCode, @Nullable TwinportUser reader, String lang);

	ContactView contact(long id, @Nullable TwinportUser reader, String lang);

	ContactView createContact(ContactDraft draft, TwinportUser actor, String lang);

	ContactView updateContact(long id, ContactDraft draft, TwinportUser actor, String lang);

	void archiveContact(long id, TwinportUser actor);

}
