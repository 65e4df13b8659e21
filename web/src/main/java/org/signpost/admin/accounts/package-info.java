/** Accounts, for administrators: create, roles, disable, lift a lock-out, set a password. */
package org.signpost.admin.accounts;
