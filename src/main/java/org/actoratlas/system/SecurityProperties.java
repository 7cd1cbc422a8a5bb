package org.actoratlas.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read and who may write.
 *
 * @param publicRead anonymous visitors may read (GET, and POST /api/export which only reads); writes
 * always need an editor
 * @param adminUsername the first admin, created at start-up when no account exists yet
 * @param adminPassword that admin's password (e.g. from ATLAS_SECURITY_ADMIN_PASSWORD); never defaulted
 * @param loginFailuresPerUser failed logins allowed per username within {@code loginWindow}
 * @param loginFailuresPerAddress failed logins allowed per client address within {@code loginWindow}
 * @param loginWindow how long failures count
 */
@ConfigurationProperties("atlas.security")
public record SecurityProperties(@DefaultValue("true") boolean publicRead, @DefaultValue("admin") String adminUsername,
		String adminPassword, @DefaultValue("5") int loginFailuresPerUser, @DefaultValue("20") int loginFailuresPerAddress,
		@DefaultValue("5m") Duration loginWindow) {
}
