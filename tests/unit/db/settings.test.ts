import { afterEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/db'
import { getSetting, getSettings, SETTING_DEFAULTS, setSetting } from '@renderer/db/settings'

afterEach(async () => {
  await db.settings.clear()
})

describe('settings', () => {
  it('reads several settings at once, stored values over defaults', async () => {
    await setSetting('language', 'en')
    expect(await getSettings(['language', 'theme'])).toEqual({
      language: 'en',
      theme: SETTING_DEFAULTS.theme,
    })
    await setSetting('theme', 'dark')
    expect(await getSettings(['theme', 'language'])).toEqual({ language: 'en', theme: 'dark' })
  })

  it('gives the defaults on a fresh store, the same as one at a time', async () => {
    const both = await getSettings(['language', 'theme', 'passRules'])
    expect(both).toEqual({ language: 'zh-CN', theme: 'system', passRules: null })
    expect(both.language).toBe(await getSetting('language'))
  })

  it('keeps a stored false rather than the default (null)', async () => {
    await setSetting('storagePersisted', false)
    expect(await getSettings(['storagePersisted'])).toEqual({ storagePersisted: false })
  })
})
