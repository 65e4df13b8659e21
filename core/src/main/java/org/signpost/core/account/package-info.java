/**
 * Curators' accounts: roles, PBKDF2 password hashes, sign-in that pauses a client guessing an
 * account's password (never the account itself), "forgot password" links, and the first
 * administrator of a new installation.
 */
package org.signpost.core.account;
