package org.twinport.network.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.twinport.identity.Role;
import org.twinport.identity.TwinportUser;
import org.twinport.shared.InvalidInputException;

/** Small helpers shared by the registry's JDBC code. */
final class Rows {

	private Rows() {
	}

	static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	static String[] array(List<String> values) {
		return values == null ? new String[0] : values.stream().map(String::trim).toArray(String[]::new);
	}

	static String iso(ResultSet rs, String column) throws SQLException {
		LocalDate date = rs.getObject(column, LocalDate.class);
		return date == null ? null : date.toString();
	}

	static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() < 1800 || date.getYear() > 2200) {
				throw new InvalidInputException(field, "must be between 1800 and 2200");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "must be an ISO date such as 2021-10-15, not '" + text + "'");
		}
	}

	static void require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
	}

	static void requireCode(String code, String field) {
		require(code, field);
		if (!code.matches("^[a-z0-9][a-z0-9-]{1,80}$")) {
			throw new InvalidInputException(field, "must be lower-case letters, digits and '-'");
		}
	}

	static void requireEnglishName(Map<String, String> names, String field) {
		if (names == null || names.get("en") == null || names.get("en").isBlank()) {
			throw new InvalidInputException(field, "must hold at least an English name under 'en'");
		}
		names.forEach((lang, name) -> {
			if (!lang.matches("^[a-z]{2,3}$") || name == null || name.length() > 300) {
				throw new InvalidInputException(field,
						"must map language codes such as 'zh' to names of up to 300 characters");
			}
		});
	}

	static boolean isStaff(TwinportUser user) {
		return user != null && user.is(Role.ADMIN);
	}

	/** Staff, or the partner office bound to this place. */
	static boolean mayManagePlace(TwinportUser user, Long placeId) {
		return isStaff(user) || (user != null && user.is(Role.PARTNER_OFFICE) && placeId != null
				&& placeId.equals(user.partnerPlaceId()));
	}

	static String language(String lang) {
		return JdbcNetworkDirectory.language(lang);
	}

}
