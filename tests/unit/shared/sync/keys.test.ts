import { describe, expect, it } from 'vitest'
import {
  createKeys,
  formatRecoveryKey,
  parseRecoveryKey,
  readKeyFile,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../../../src/shared/sync/keys'
import { TEST_KDF } from '../../../fixtures/sync/devices'

const cheap = { minKdfN: 1 }

describe('sync keys', () => {
  it('unlocks the data key with the passphrase, and refuses a wrong one', async () => {
    const k = await createKeys('家里和公司的电脑', TEST_KDF)
    const ok = await unlockWithPassphrase(k.keyFile, '家里和公司的电脑', cheap)
    expect(ok).toEqual({ ok: true, dataKey: k.dataKey })
    expect(await unlockWithPassphrase(k.keyFile, '家里和公司的电恼', cheap)).toEqual({
      ok: false,
      error: 'wrongPassphrase',
    })
  })

  it('reads a passphrase typed in another Unicode normal form as the same one', async () => {
    const k = await createKeys('café commute', TEST_KDF)
    const r = await unlockWithPassphrase(k.keyFile, 'cafe\u0301 commute', cheap)
    expect(r.ok).toBe(true)
  })

  it('keeps no plaintext in the key file', async () => {
    const k = await createKeys('家里和公司的电脑', TEST_KDF)
    const text = JSON.stringify(k.keyFile)
    expect(text).not.toContain('家里')
    expect(text).not.toContain(k.recoveryKey.replace(/-/g, ''))
  })

  it('the recovery key unlocks it and sets a new passphrase; typos of the form are forgiven', async () => {
    const k = await createKeys('old passphrase', TEST_KDF)
    expect(k.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/)
    const typed = k.recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')
    const r = await unlockWithRecoveryKey(k.keyFile, typed)
    expect(r).toEqual({ ok: true, dataKey: k.dataKey })
    const kf = await rewrapPassphrase(k.keyFile, k.dataKey, 'new passphrase', TEST_KDF)
    expect((await unlockWithPassphrase(kf, 'new passphrase', cheap)).ok).toBe(true)
    expect((await unlockWithPassphrase(kf, 'old passphrase', cheap)).ok).toBe(false)
    expect(await unlockWithRecoveryKey(k.keyFile, formatRecoveryKey(new Uint8Array(20)))).toEqual({
      ok: false,
      error: 'wrongRecoveryKey',
    })
    expect(parseRecoveryKey('not a key')).toBeNull()
  })

  it('refuses a key file that asks for a weak KDF, so nobody can weaken it under the user', async () => {
    const k = await createKeys('passphrase', TEST_KDF)
    expect(await unlockWithPassphrase(k.keyFile, 'passphrase')).toEqual({
      ok: false,
      error: 'keyFileInvalid',
    })
  })

  it('tells a newer key file from a damaged one', () => {
    expect(readKeyFile('{"format": 9}')).toEqual({ ok: false, error: 'keyFileNewer' })
    expect(readKeyFile('{"app":"x"')).toEqual({ ok: false, error: 'keyFileInvalid' })
    expect(readKeyFile('{"app":"hujia-commute","format":1}')).toEqual({
      ok: false,
      error: 'keyFileInvalid',
    })
  })
})
