/**
 * Accounts, for administrators: create, roles, e-mail address, disable and enable, set a password.
 */
package org.signpost.admin.accounts;
