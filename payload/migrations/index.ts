import * as migration_20261127_040315_initial from './20261127_040315_initial';

export const migrations = [
  {
    up: migration_20261127_040315_initial.up,
    down: migration_20261127_040315_initial.down,
    name: '20261127_040315_initial'
  },
];
