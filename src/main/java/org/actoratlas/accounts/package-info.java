/**
 * Accounts with roles (viewer, editor, admin) stored in Neo4j with bcrypt hashes, the first admin, login
 * and logout with rate limiting, and the admin API that manages accounts.
 */
package org.actoratlas.accounts;
