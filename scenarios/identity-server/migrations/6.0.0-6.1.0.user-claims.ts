import { defineMigrator } from 'migration-pilot';

/**
 * 6.1.0 keeps user claims in their own table instead of rewriting um_user in place
 * (source document 004): 6.0.0 nodes keep reading um_user while 6.1.0 nodes read the claims.
 */
export default defineMigrator({
  from: '6.0.0',
  to: '6.1.0',
  description: 'copy user claims into idn_user_claim',
  async up(db) {
    await db.exec(`
      create table idn_user_claim (
        um_user_name varchar(255) not null references um_user (um_user_name),
        claim_uri varchar(255) not null,
        claim_value varchar(1024) not null,
        primary key (um_user_name, claim_uri)
      )`);
    await db.exec(`
      insert into idn_user_claim (um_user_name, claim_uri, claim_value)
      select um_user_name, 'http://wso2.org/claims/emailaddress', um_email from um_user where um_email is not null
      union all
      select um_user_name, 'http://wso2.org/claims/displayName', um_display_name from um_user where um_display_name is not null`);
  },
  async down(db) {
    await db.exec('drop table idn_user_claim');
  },
});
