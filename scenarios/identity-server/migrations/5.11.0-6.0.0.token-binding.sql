-- @from 5.11.0
-- @to 6.0.0
-- @description bind access tokens to a reference, and index tokens by state for the cleanup
alter table idn_oauth2_access_token add column token_binding_ref varchar(32) not null default 'NONE';
create index idn_oauth2_access_token_state_idx on idn_oauth2_access_token (token_state, time_created);
-- @down
drop index idn_oauth2_access_token_state_idx;
alter table idn_oauth2_access_token drop column token_binding_ref;
