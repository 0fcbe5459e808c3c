import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { openDb } from '@renderer/db/db'
import { readFirstRenderSettings } from '@renderer/db/settings'

const fresh = () => `settings-${crypto.randomUUID()}`

describe('the settings read before the first render', () => {
  it('gives the stored language and theme', async () => {
    const name = fresh()
    const db = openDb(name)
    await db.settings.bulkPut([
      { key: 'language', value: 'en' },
      { key: 'theme', value: 'dark' },
    ])
    db.close()
    expect(await readFirstRenderSettings(name)).toEqual({ language: 'en', theme: 'dark' })
  })

  it('gives the defaults for what is not stored', async () => {
    const name = fresh()
    const db = openDb(name)
    await db.settings.put({ key: 'theme', value: 'light' })
    db.close()
    expect(await readFirstRenderSettings(name)).toEqual({ language: 'zh-CN', theme: 'light' })
  })

  it('creates nothing when the database does not exist yet, and Dexie then creates it', async () => {
    const name = fresh()
    expect(await readFirstRenderSettings(name)).toEqual({ language: 'zh-CN', theme: 'system' })
    expect(await Dexie.exists(name)).toBe(false)
    const db = openDb(name)
    await db.settings.put({ key: 'language', value: 'en' })
    expect(db.tables.length).toBeGreaterThan(10)
    db.close()
    expect((await readFirstRenderSettings(name)).language).toBe('en')
  })

  it('closes its connection, so an open or upgrade by Dexie right after is not blocked', async () => {
    const name = fresh()
    const first = openDb(name)
    await first.open()
    first.close()
    const reading = readFirstRenderSettings(name)
    const db = openDb(name)
    await Promise.all([reading, db.open()])
    await db.settings.put({ key: 'theme', value: 'dark' })
    db.close()
    // A version change (as an upgrade does) goes through after the read.
    await readFirstRenderSettings(name)
    const later = new Dexie(name)
    later.version(1000).stores({ settings: 'key', extra: 'id' })
    await later.open()
    expect(later.verno).toBe(1000)
    later.close()
  })
})
