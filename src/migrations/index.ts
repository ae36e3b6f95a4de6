import * as migration_20261125_152303_initial from './20261125_152303_initial';

export const migrations = [
  {
    up: migration_20261125_152303_initial.up,
    down: migration_20261125_152303_initial.down,
    name: '20261125_152303_initial'
  },
];
