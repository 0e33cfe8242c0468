package org.twinport.network.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.network.NetworkDirectory;
import org.twinport.network.NetworkManagement;
import org.twinport.network.PartnershipStatus;
import org.twinport.network.PartnershipView;
import org.twinport.shared.NotFoundException;

@Service
class JdbcNetworkManagement implements NetworkManagement {

	private final JdbcClient jdbc;

	private final NetworkDirectory directory;

	JdbcNetworkManagement(JdbcClient jdbc, NetworkDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	@Transactional
	public PartnershipView changeStatus(long partnershipId, PartnershipStatus status, TwinportUser actor,
			String lang) {
		boolean allPartners = actor.is(Role.ADMIN);
		int updated = jdbc.sql("""
				update network.partnership set status = :status, updated_at = now()
				where id = :id and not archived and (:all or partner_place_id = :place)
				""")
			.param("status", status.name())
			.param("id", partnershipId)
			.param("all", allPartners)
			.param("place", actor.partnerPlaceId() == null ? -1L : actor.partnerPlaceId())
			.update();
		if (updated == 0) {
			throw new NotFoundException("There is no partnership " + partnershipId + " that you may change.");
		}
		return directory.partnership(partnershipId, lang).orElseThrow();
	}

}
