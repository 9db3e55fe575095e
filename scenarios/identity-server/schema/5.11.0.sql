-- The identity server's database at 5.11.0 (in the manner of source document 003): users,
-- OAuth apps, access tokens and the session store. Tokens and sessions pile up unless the
-- cleanup scripts run, which is why the pilot cleans them up before migrating.
create table um_user (
  um_id integer primary key,
  um_user_name varchar(255) not null unique,
  um_email varchar(255) unique,
  um_display_name varchar(255),
  um_phone varchar(40),
  um_changed_time timestamp not null
);

create table idn_oauth_consumer_apps (
  consumer_key varchar(255) primary key,
  app_name varchar(255) not null,
  callback_url varchar(2048),
  app_state varchar(25) not null
);

create table idn_oauth2_access_token (
  token_id varchar(255) primary key,
  access_token varchar(2048) not null,
  refresh_token varchar(2048),
  consumer_key varchar(255) not null references idn_oauth_consumer_apps (consumer_key),
  authz_user varchar(255) not null references um_user (um_user_name),
  time_created timestamp not null,
  validity_period bigint not null,
  token_state varchar(25) not null
);

create table idn_auth_session_store (
  session_id varchar(100) not null,
  session_type varchar(100) not null,
  operation varchar(10) not null,
  session_object text,
  time_created timestamp not null,
  expiry_time timestamp not null,
  primary key (session_id, session_type, time_created, operation)
);
