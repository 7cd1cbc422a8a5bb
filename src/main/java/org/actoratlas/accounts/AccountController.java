package org.actoratlas.accounts;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.actoratlas.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account administration (admin role only, see the security configuration). */
@RestController
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	record NewAccount(String username, String password, String role) {
	}

	record RoleChange(String role) {
	}

	@Operation(summary = "All accounts with their roles (admin)")
	@GetMapping("/api/accounts")
	List<Account> list() {
		return this.accounts.list();
	}

	@Operation(summary = "Create an account {username, password, role: viewer|editor|admin} (admin)")
	@PostMapping("/api/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	Account create(@RequestBody NewAccount account) {
		this.accounts.create(account.username(), account.password(), Role.parse(account.role()));
		return find(account.username());
	}

	@Operation(summary = "Set an account's role (admin)")
	@PutMapping("/api/accounts/{username}/role")
	Account setRole(@PathVariable String username, @RequestBody RoleChange change) {
		if (!this.accounts.setRole(username, Role.parse(change.role()))) {
			throw new NotFoundException("account", username);
		}
		return find(username);
	}

	private Account find(String username) {
		return this.accounts.list().stream().filter(a -> a.username().equals(username)).findFirst()
			.orElseThrow(() -> new NotFoundException("account", username));
	}

}
