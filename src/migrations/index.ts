import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_180619_programme_reviews_archive from './20261125_180619_programme_reviews_archive';
import * as migration_20261130_074810_speaker_name_key from './20261130_074810_speaker_name_key';
import * as migration_20261130_075910_locks from './20261130_075910_locks';

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
    up: migration_20261130_074810_speaker_name_key.up,
    down: migration_20261130_074810_speaker_name_key.down,
    name: '20261130_074810_speaker_name_key',
  },
  {
    up: migration_20261130_075910_locks.up,
    down: migration_20261130_075910_locks.down,
    name: '20261130_075910_locks'
  },
];
