package org.twinport.identity.web;

import java.util.Locale;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.twinport.identity.TwinportUser;
import org.twinport.identity.internal.ApiTokens;
import org.twinport.identity.internal.ApiTokens.IssuedToken;
import org.twinport.identity.internal.ApiTokens.TokenInfo;
import org.twinport.identity.internal.LoginThrottledException;
import org.twinport.shared.Reason;
import org.twinport.shared.web.Refusals;
import org.twinport.shared.NotFoundException;

@Tag(name = "Identity")
@RestController
@RequestMapping("/api/v1/auth/tokens")
class TokensApi {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final Refusals refusals;

	TokensApi(AuthenticationManager authentication, ApiTokens tokens, Refusals refusals) {
		this.authentication = authentication;
		this.refusals = refusals;
		this.tokens = tokens;
	}

	record TokenRequest(@NotBlank(message = "{problem.required}") String username,
			@NotBlank(message = "{problem.required}") String password,
			@NotBlank(message = "{problem.required}") @Size(max = 100,
					message = "{identity.problem.tokenNameLength}") String name) {
	}

	@Operation(
			summary = "Exchange a username and password for a new API token; the token is shown only in this response",
			responses = { @ApiResponse(responseCode = "201", description = "The new token, with its secret"),
					@ApiResponse(responseCode = "401", description = "Wrong username or password"),
					@ApiResponse(responseCode = "429", description = "Too many attempts; see Retry-After") })
	@PostMapping
	ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http, Locale locale) {
		var credentials = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
		credentials.setDetails(new WebAuthenticationDetails(http.getRemoteAddr(), null));
		Authentication result;
		try {
			result = authentication.authenticate(credentials);
		}
		catch (LoginThrottledException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					refusals.say(ex.refusal(), locale));
			problem.setProperty("code", ex.refusal().code());
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
				.body(problem);
		}
		catch (BadCredentialsException | DisabledException ex) {
			Reason wrong = Reason.of("identity.problem.wrongCredentials");
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					refusals.say(wrong, locale));
			problem.setProperty("code", wrong.code());
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		TwinportUser user = (TwinportUser) result.getPrincipal();
		IssuedToken token = tokens.issue(user.id(), request.name().strip());
		return ResponseEntity.status(HttpStatus.CREATED).body(token);
	}

	@Operation(summary = "The caller's tokens, without their secrets")
	@GetMapping
	List<TokenInfo> list(@AuthenticationPrincipal TwinportUser user) {
		return tokens.list(user.id());
	}

	@Operation(summary = "Revoke one of the caller's tokens")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal TwinportUser user, @PathVariable long id) {
		if (!tokens.revoke(user.id(), id)) {
			throw new NotFoundException(Reason.of("identity.problem.noLiveToken", String.valueOf(id)));
		}
		return ResponseEntity.noContent().build();
	}

}
