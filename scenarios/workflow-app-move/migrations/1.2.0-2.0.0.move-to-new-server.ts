import { defineMigrator } from 'migration-pilot';
import { moveToNewServer } from '../move-to-new-server.ts';

/** 2.0.0 on the new server: uploads to their new paths, running instances restarted where they were (see `moveToNewServer`). */
export default defineMigrator({
  from: '1.2.0',
  to: '2.0.0',
  description: 'move uploads and running process instances to the new server',
  up: (db) => moveToNewServer(db),
});
