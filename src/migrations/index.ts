import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_180619_programme_reviews_archive from './20261125_180619_programme_reviews_archive';
import * as migration_20261130_074810_speaker_name_key from './20261130_074810_speaker_name_key';
import * as migration_20261130_075025_rollover_theme_threads from './20261130_075025_rollover_theme_threads';
import * as migration_20261130_075515_publish_cache_invalidations from './20261130_075515_publish_cache_invalidations';
import * as migration_20261130_075910_locks from './20261130_075910_locks';
import * as migration_20261130_075929_email_jobs from './20261130_075929_email_jobs';
import * as migration_20261130_080531_admin from './20261130_080531_admin';
import * as migration_20261130_082144_rollover_archive_licence from './20261130_082144_rollover_archive_licence';
import * as migration_20261130_082634_rate_limit from './20261130_082634_rate_limit';
import * as migration_20261130_084213_speakers from './20261130_084213_speakers';
import * as migration_20261130_085342_programme_rooms_releases_agendas from './20261130_085342_programme_rooms_releases_agendas';

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
    up: migration_20261130_075025_rollover_theme_threads.up,
    down: migration_20261130_075025_rollover_theme_threads.down,
    name: '20261130_075025_rollover_theme_threads',
  },
  {
    up: migration_20261130_075515_publish_cache_invalidations.up,
    down: migration_20261130_075515_publish_cache_invalidations.down,
    name: '20261130_075515_publish_cache_invalidations',
  },
  {
    up: migration_20261130_075910_locks.up,
    down: migration_20261130_075910_locks.down,
    name: '20261130_075910_locks',
  },
  {
    up: migration_20261130_075929_email_jobs.up,
    down: migration_20261130_075929_email_jobs.down,
    name: '20261130_075929_email_jobs',
  },
  {
    up: migration_20261130_080531_admin.up,
    down: migration_20261130_080531_admin.down,
    name: '20261130_080531_admin',
  },
  {
    up: migration_20261130_082144_rollover_archive_licence.up,
    down: migration_20261130_082144_rollover_archive_licence.down,
    name: '20261130_082144_rollover_archive_licence',
  },
  {
    up: migration_20261130_082634_rate_limit.up,
    down: migration_20261130_082634_rate_limit.down,
    name: '20261130_082634_rate_limit',
  },
  {
    up: migration_20261130_084213_speakers.up,
    down: migration_20261130_084213_speakers.down,
    name: '20261130_084213_speakers',
  },
  {
    up: migration_20261130_085342_programme_rooms_releases_agendas.up,
    down: migration_20261130_085342_programme_rooms_releases_agendas.down,
    name: '20261130_085342_programme_rooms_releases_agendas',
  },
];
