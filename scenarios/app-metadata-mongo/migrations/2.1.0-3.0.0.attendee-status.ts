import { defineMongoMigrator } from 'migration-pilot';

/** 3.0.0 gives every attendee a status, with an index for the check-in screen. */
export default defineMongoMigrator({
  from: '2.1.0',
  to: '3.0.0',
  description: 'add attendees.status',
  onFailure: 'attendees updated so far have status "registered"; the update only touches documents without one, so running it again finishes it.',
  async up(db) {
    await db.collection('attendees').updateMany({ status: { $exists: false } }, { $set: { status: 'registered' } });
    await db.collection('attendees').createIndex({ status: 1 }, { name: 'status_1' });
  },
});
