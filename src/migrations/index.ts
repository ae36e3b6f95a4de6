import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_172944_backup_security from './20261125_172944_backup_security';

export const migrations = [
  {
    up: migration_20261125_152303_initial.up,
    down: migration_20261125_152303_initial.down,
    name: '20261125_152303_initial',
  },
  {
    up: migration_20261125_172944_backup_security.up,
    down: migration_20261125_172944_backup_security.down,
    name: '20261125_172944_backup_security'
  },
];
