import { defineMongoMigrator } from 'migration-pilot';

/**
 * 2.0.0 names attendees by `name` and keeps the city with the rest of the address.
 * `$rename` moves the values server-side, document by document; 2.0.0 is mandatory, as
 * every later migrator reads this shape.
 */
export default defineMongoMigrator({
  from: '1.0.0',
  to: '2.0.0',
  description: 'rename fullName to name, move city into profile.address',
  onFailure:
    'attendees renamed so far have name and profile.address.city, the rest still fullName and city; $rename skips documents already moved, so running the step again finishes it. The name index may exist.',
  async up(db) {
    await db.collection('attendees').updateMany({}, { $rename: { fullName: 'name', city: 'profile.address.city' } });
    await db.collection('attendees').createIndex({ name: 1 }, { name: 'name_1' });
  },
});
