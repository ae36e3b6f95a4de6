import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_172029_cfp_review from './20261125_172029_cfp_review';

export const migrations = [
  {
    up: migration_20261125_152303_initial.up,
    down: migration_20261125_152303_initial.down,
    name: '20261125_152303_initial',
  },
  {
    up: migration_20261125_172029_cfp_review.up,
    down: migration_20261125_172029_cfp_review.down,
    name: '20261125_172029_cfp_review'
  },
];
