/**
 * Curators' accounts: roles, PBKDF2 password hashes, sign-in with lock-out after repeated failures,
 * and the first administrator of a new installation.
 */
package org.signpost.core.account;
