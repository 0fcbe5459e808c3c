// tests/unit/main/backups.test.ts still reads its backups from here; every other test uses
// tests/fixtures/builders.ts directly. Delete this file once that test imports the builders.
import {
  backupDoc,
  backupFile,
  emptyTables,
  trip as buildTrip,
  uuid,
} from '../../../fixtures/builders'
import type { Trip } from '../../../../src/shared/trips/schema'

export { emptyTables, backupDoc as makeDoc, backupFile as makeText }

export const trip = (n: number, over: Partial<Trip> = {}): Trip =>
  buildTrip({ id: uuid(n), ...over })
