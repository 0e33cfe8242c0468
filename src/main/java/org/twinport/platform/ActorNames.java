package org.twinport.platform;

import java.util.Collection;
import java.util.Map;

/**
 * The names people go by, for the usernames the audit trail records as actors; the
 * identity module answers.
 */
public interface ActorNames {

	/** Display names by username; a username without an account is left out. */
	Map<String, String> displayNames(Collection<String> usernames);

}
