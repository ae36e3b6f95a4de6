import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_171309_programme from './20261125_171309_programme';

export const migrations = [
  {
    up: migration_20261125_152303_initial.up,
    down: migration_20261125_152303_initial.down,
    name: '20261125_152303_initial',
  },
  {
    up: migration_20261125_171309_programme.up,
    down: migration_20261125_171309_programme.down,
    name: '20261125_171309_programme'
  },
];
