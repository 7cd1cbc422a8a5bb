package org.actoratlas.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets Spring Security check passwords against the accounts in Neo4j. */
@Component
class AccountUserDetails implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Accounts.Stored account = this.accounts.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return User.withUsername(account.username()).password(account.passwordHash()).roles(account.role().name()).build();
	}

}
