package org.actoratlas.accounts;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar actor-atlas.jar create-admin USERNAME}: reads the password from stdin (hidden on a
 * terminal, or one line from a pipe), creates or promotes that admin, and exits. The password never
 * appears on the command line, where other users of the machine could read it.
 */
@Component
@Order(-1)
class CreateAdminCommand implements ApplicationRunner {

	static final String COMMAND = "create-admin";

	private final Accounts accounts;

	private final ConfigurableApplicationContext context;

	CreateAdminCommand(Accounts accounts, ConfigurableApplicationContext context) {
		this.accounts = accounts;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		int at = words.indexOf(COMMAND);
		if (at < 0) {
			return;
		}
		if (at + 1 >= words.size()) {
			System.err.println("Usage: java -jar actor-atlas.jar create-admin USERNAME   (password on stdin)");
			exit(2);
			return;
		}
		String username = words.get(at + 1);
		String password = readPassword();
		if (!this.accounts.createIfAbsent(username, password, Role.ADMIN)) {
			this.accounts.setRole(username, Role.ADMIN);
			System.out.println("Account '" + username + "' existed; it is now an admin (password unchanged).");
		}
		else {
			System.out.println("Created admin account '" + username + "'.");
		}
		exit(0);
	}

	private void exit(int code) {
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	private static String readPassword() {
		Console console = System.console();
		if (console != null) {
			return new String(console.readPassword("Password for the new admin: "));
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			return line == null ? "" : line;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
