package org.actoratlas.accounts;

import java.time.OffsetDateTime;

/** An account as the admin API shows it: never the password hash. */
record Account(String username, String role, OffsetDateTime createdAt) {
}
