-- Sessions signed in before this moment are over: set when an account is disabled, its roles change
-- or its password is set, so that a session cannot outlive the account it was opened for.
ALTER TABLE account ADD COLUMN sessions_valid_from TIMESTAMP WITH TIME ZONE;
