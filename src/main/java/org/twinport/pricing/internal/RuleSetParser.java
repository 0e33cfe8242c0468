package org.twinport.pricing.internal;

import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/** Reads and validates a rule set document; a document that fails is never stored. */
public final class RuleSetParser {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		.build();

	private RuleSetParser() {
	}

	public static CompiledRuleSet parse(InputStream document) {
		try {
			return CompiledRuleSet.compile(JSON.readValue(document, RuleDocument.class));
		}
		catch (JacksonException ex) {
			String path = ex.getPathReference();
			throw new InvalidInputException("document", path == null
					? Reason.of("pricing.problem.ruleSetUnreadable", String.valueOf(ex.getOriginalMessage()))
					: Reason.of("pricing.problem.ruleSetUnreadableAt", path, String.valueOf(ex.getOriginalMessage())));
		}
	}

	public static CompiledRuleSet parse(String document) {
		return parse(new java.io.ByteArrayInputStream(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
