package org.actoratlas.accounts;

import java.util.Arrays;
import java.util.Locale;

import org.actoratlas.system.BadParameterException;

/** What an account may do; each role includes the ones before it. */
public enum Role {

	VIEWER, EDITOR, ADMIN;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Role parse(String value) {
		return Arrays.stream(values())
			.filter(role -> value != null && role.apiName().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new BadParameterException("role",
					"'" + value + "' is not a role; use viewer, editor or admin"));
	}

}
