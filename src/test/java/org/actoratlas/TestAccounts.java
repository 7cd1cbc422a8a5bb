package org.actoratlas;

import org.actoratlas.accounts.Accounts;
import org.actoratlas.accounts.Role;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The accounts every integration test may log in with: the admin comes from the real first-admin
 * set-up (atlas.security.admin-password), the editor and viewer are created through the real account
 * service. Passwords are known to the tests only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

	public static final String ADMIN = "test-admin";

	public static final String EDITOR = "test-editor";

	public static final String VIEWER = "test-viewer";

	public static final String PASSWORD = "test-password-123";

	@Bean
	ApplicationRunner testEditorAndViewer(Accounts accounts) {
		return args -> {
			accounts.createIfAbsent(EDITOR, PASSWORD, Role.EDITOR);
			accounts.createIfAbsent(VIEWER, PASSWORD, Role.VIEWER);
		};
	}

}
