import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_180619_programme_reviews_archive from './20261125_180619_programme_reviews_archive';
import * as migration_20261130_092237_round_two from './20261130_092237_round_two';
import * as migration_20261130_121950_round_three from './20261130_121950_round_three';
import * as migration_20261130_151144_round_four from './20261130_151144_round_four';

export const migrations = [
  {
    up: migration_20261125_152303_initial.up,
    down: migration_20261125_152303_initial.down,
    name: '20261125_152303_initial',
  },
  {
    up: migration_20261125_180619_programme_reviews_archive.up,
    down: migration_20261125_180619_programme_reviews_archive.down,
    name: '20261125_180619_programme_reviews_archive',
  },
  {
    up: migration_20261130_092237_round_two.up,
    down: migration_20261130_092237_round_two.down,
    name: '20261130_092237_round_two',
  },
  {
    up: migration_20261130_121950_round_three.up,
    down: migration_20261130_121950_round_three.down,
    name: '20261130_121950_round_three',
  },
  {
    up: migration_20261130_151144_round_four.up,
    down: migration_20261130_151144_round_four.down,
    name: '20261130_151144_round_four'
  },
];
