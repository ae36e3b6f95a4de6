import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_171144_cfp_submit from './20261125_171144_cfp_submit';

export const migrations = [
  {
    up: migration_20261125_152303_initial.up,
    down: migration_20261125_152303_initial.down,
    name: '20261125_152303_initial',
  },
  {
    up: migration_20261125_171144_cfp_submit.up,
    down: migration_20261125_171144_cfp_submit.down,
    name: '20261125_171144_cfp_submit'
  },
];
