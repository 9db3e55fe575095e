-- The token and session cleanup of source document 003 (step 5), as the identity server's
-- stored procedures do it: inactive and expired tokens, and expired or deleted sessions.
-- The cut-off is fixed, not now(), so that the pilot is the same on every run.
delete from idn_oauth2_access_token
where token_state in ('EXPIRED', 'REVOKED', 'INACTIVE')
   or time_created + validity_period * interval '1 millisecond' < timestamp '2026-11-01 00:00:00';

delete from idn_auth_session_store
where operation = 'DELETE' or expiry_time < timestamp '2026-11-01 00:00:00';
