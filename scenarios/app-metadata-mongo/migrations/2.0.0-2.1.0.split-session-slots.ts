import { defineMongoMigrator } from 'migration-pilot';

/**
 * 2.1.0 keeps session slots in their own collection (a new collection rather than an
 * in-place rewrite, source document 004): the server unwinds the embedded array into
 * `session_slots`, then the array is removed from the sessions.
 */
export default defineMongoMigrator({
  from: '2.0.0',
  to: '2.1.0',
  description: 'split sessions.slots into session_slots',
  onFailure:
    'session_slots may hold some or all slots while sessions still embed theirs; drop session_slots and run the step again ($out replaces it whole).',
  async up(db) {
    await db
      .collection('sessions')
      .aggregate([{ $unwind: '$slots' }, { $replaceWith: { $mergeObjects: ['$slots', { sessionId: '$_id' }] } }, { $out: 'session_slots' }])
      .toArray();
    await db.collection('session_slots').createIndex({ sessionId: 1, code: 1 }, { unique: true, name: 'session_code' });
    await db.collection('sessions').updateMany({}, { $unset: { slots: '' } });
  },
});
