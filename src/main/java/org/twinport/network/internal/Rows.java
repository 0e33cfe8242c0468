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
import org.twinport.shared.Reason;

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
				throw new InvalidInputException(field, Reason.of("problem.yearsBetween", "1800", "2200"));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, Reason.of("problem.dateNot", text));
		}
	}

	static void require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, Reason.of("problem.required"));
		}
	}

	static void requireCode(String code, String field) {
		require(code, field);
		if (!code.matches("^[a-z0-9][a-z0-9-]{1,80}$")) {
			throw new InvalidInputException(field, Reason.of("problem.code"));
		}
	}

	static void requireEnglishName(Map<String, String> names, String field) {
		if (names == null || names.get("en") == null || names.get("en").isBlank()) {
			throw new InvalidInputException(field, Reason.of("problem.englishName"));
		}
		names.forEach((lang, name) -> {
			if (!lang.matches("^[a-z]{2,3}$") || name == null || name.length() > 300) {
				throw new InvalidInputException(field,
						Reason.of("network.problem.names"));
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
		return NetworkDirectoryViews.language(lang);
	}

}
