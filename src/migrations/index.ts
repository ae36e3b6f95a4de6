import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_180619_programme_reviews_archive from './20261125_180619_programme_reviews_archive';
import * as migration_20261130_075929_email_jobs from './20261130_075929_email_jobs';
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
    up: migration_20261130_075929_email_jobs.up,
    down: migration_20261130_075929_email_jobs.down,
    name: '20261130_075929_email_jobs',
  },
  {
    up: migration_20261130_085342_programme_rooms_releases_agendas.up,
    down: migration_20261130_085342_programme_rooms_releases_agendas.down,
    name: '20261130_085342_programme_rooms_releases_agendas'
  },
];
