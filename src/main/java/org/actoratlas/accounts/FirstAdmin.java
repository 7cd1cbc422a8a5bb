package org.actoratlas.accounts;

import org.actoratlas.system.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up with no account yet: creates the admin named in {@code atlas.security.admin-username}
 * when {@code atlas.security.admin-password} is set, or else says how to create one. Without any
 * account the atlas is read-only, which is safe: there is no default password to guess.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final SecurityProperties settings;

	FirstAdmin(Accounts accounts, SecurityProperties settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.getNonOptionArgs().contains(CreateAdminCommand.COMMAND) || this.accounts.count() > 0) {
			return;
		}
		String password = this.settings.adminPassword();
		if (password != null && !password.isBlank()) {
			this.accounts.create(this.settings.adminUsername(), password, Role.ADMIN);
			log.info("Created the first admin account '{}' from atlas.security.admin-password", this.settings.adminUsername());
			return;
		}
		log.warn("No accounts yet: the atlas is read-only. Create the first admin with "
				+ "ATLAS_SECURITY_ADMIN_PASSWORD=... (and optionally ATLAS_SECURITY_ADMIN_USERNAME) at start, "
				+ "or run: java -jar actor-atlas.jar create-admin USERNAME (the password is read from stdin)");
	}

}
