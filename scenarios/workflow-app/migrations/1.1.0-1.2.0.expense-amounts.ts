import { defineMigrator } from 'migration-pilot';

/**
 * 1.2.0 reads claim amounts as numbers. Changing c_amount's type in place would break
 * 1.1.0 nodes still reading it as text, so the amounts move into a new table and the old
 * column stays as it is (source document 004: new tables instead of in-place rewrites,
 * never change a column's type).
 */
export default defineMigrator({
  from: '1.1.0',
  to: '1.2.0',
  description: 'move expense amounts into app_fd_expense_amount',
  async up(db) {
    await db.exec(`
      create table app_fd_expense_amount (
        claim_id  varchar(255) primary key references app_fd_expense_claim (id),
        amount    numeric(12, 2) not null,
        currency  char(3) not null
      );
    `);
    // Only well-formed amounts move; the rest stay readable in c_amount for a person to fix.
    const { affectedRows } = await db.query(`
      insert into app_fd_expense_amount (claim_id, amount, currency)
      select id, round(c_amount::numeric, 2), upper(c_currency)
      from app_fd_expense_claim
      where c_amount ~ '^-?[0-9]{1,10}(\\.[0-9]+)?$' and c_currency is not null
    `);
    if (affectedRows === 0) throw new Error('no expense amount could be moved; is app_fd_expense_claim empty?');
  },
  async down(db) {
    await db.exec('drop table app_fd_expense_amount');
  },
});
