import * as migration_20261125_152303_initial from './20261125_152303_initial';
import * as migration_20261125_180619_programme_reviews_archive from './20261125_180619_programme_reviews_archive';
import * as migration_20261130_075320_rooms_releases from './20261130_075320_rooms_releases';
import * as migration_20261130_080917_agendas from './20261130_080917_agendas';

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
    up: migration_20261130_075320_rooms_releases.up,
    down: migration_20261130_075320_rooms_releases.down,
    name: '20261130_075320_rooms_releases',
  },
  {
    up: migration_20261130_080917_agendas.up,
    down: migration_20261130_080917_agendas.down,
    name: '20261130_080917_agendas'
  },
];
