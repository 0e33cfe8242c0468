package org.twinport.pricing.tariff;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.pricing.tariff.HsNomenclature.HsCode;
import org.twinport.pricing.tariff.TariffSchedules.LinesInForce;
import org.twinport.pricing.tariff.TariffSchedules.Loaded;
import org.twinport.pricing.tariff.TariffSchedules.Schedule;
import org.twinport.shared.Dates;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

@Tag(name = "Landed cost")
@RestController
@RequestMapping("/api/v1/landed-cost")
class TariffApi {

	private final TariffSchedules schedules;

	private final HsNomenclature hs;

	TariffApi(TariffSchedules schedules, HsNomenclature hs) {
		this.schedules = schedules;
		this.hs = hs;
	}

	@Operation(summary = "The national tariff schedules loaded: one row per dated, sourced version")
	@GetMapping("/tariffs")
	List<Schedule> schedules() {
		return schedules.schedules();
	}

	@Operation(summary = "Load a national tariff schedule as a dated version of its market: the bundled file, "
			+ "or a file sent as the body in the same layout (CSV, gzipped or not). Loading a version again "
			+ "changes nothing (200); a new version (201) takes over from validFrom.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					description = "A schedule file in the layout of the market's bundled file; none to load the bundled one",
					content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
							@Content(mediaType = "application/gzip",
									schema = @Schema(type = "string", format = "binary")) }))
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/tariffs")
	ResponseEntity<Loaded> load(@RequestParam String market, @RequestParam(required = false) String version,
			@Parameter(description = "ISO date from which this version is in force") @RequestParam(
					required = false) String validFrom,
			HttpServletRequest request, @AuthenticationPrincipal TwinportUser user) throws IOException {
		ScheduleFormat format = format(market);
		boolean upload = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		LocalDate from = Dates.parse(validFrom, "validFrom");
		if (upload && (version == null || version.isBlank())) {
			throw new InvalidInputException("version", Reason.of("pricing.problem.withUpload"));
		}
		if (upload && from == null) {
			throw new InvalidInputException("validFrom", Reason.of("pricing.problem.withUpload"));
		}
		String label = version == null || version.isBlank() ? format.version : version.strip();
		if (!label.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new InvalidInputException("version", Reason.of("pricing.problem.version64"));
		}
		InputStream file = upload ? request.getInputStream() : null;
		Loaded loaded = schedules.load(format, label, from == null ? format.validFrom : from, file,
				user.getUsername());
		return ResponseEntity.status(loaded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(loaded);
	}

	@Operation(summary = "The national tariff lines under a code (HS prefix) in the version in force on a date "
			+ "(today by default), with description, the rate as written and as parsed")
	@GetMapping("/tariffs/{market}/lines")
	LinesInForce lines(@PathVariable String market,
			@Parameter(description = "2 to 10 digits, dots allowed: 090210, 0902.10.10") @RequestParam String code,
			@RequestParam(required = false) String date) {
		ScheduleFormat format = format(market);
		String digits = code.replace(".", "").strip();
		if (!digits.matches("\\d{2,10}")) {
			throw new InvalidInputException("code", Reason.of("pricing.problem.tariffPrefix"));
		}
		LocalDate on = Dates.parse(date, "date");
		return schedules.lines(format.name(), digits, on == null ? LocalDate.now(ZoneOffset.UTC) : on);
	}

	@Operation(summary = "Whether a 2-, 4- or 6-digit code exists in HS 2022, with its description")
	@GetMapping("/hs/{code}")
	HsCode hs(@PathVariable String code) {
		String digits = code.replace(".", "").strip();
		if (!digits.matches("\\d{2}|\\d{4}|\\d{6}")) {
			throw new InvalidInputException("code", Reason.of("pricing.problem.hsPrefix246"));
		}
		return hs.find(digits);
	}

	private static ScheduleFormat format(String market) {
		return ScheduleFormat.of(market.strip())
			.orElseThrow(() -> new InvalidInputException("market", Reason.of("pricing.problem.tariffMarketParam")));
	}

}
