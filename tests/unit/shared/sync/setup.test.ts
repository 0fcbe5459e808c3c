import { describe, expect, it } from 'vitest'
import { KEY_FILE } from '../../../../src/shared/sync/layout'
import { connect, recover } from '../../../../src/shared/sync/setup'
import { TEST_KDF } from '../../../fixtures/sync/devices'
import { MemoryServer, MemoryTransport } from '../../../fixtures/sync/memory-transport'

const opts = { kdf: TEST_KDF, minKdfN: 1 }

describe('connecting to a sync folder', () => {
  it('creates the key in an empty folder, refuses a short passphrase there, and joins it later', async () => {
    const server = new MemoryServer()
    expect(await connect(new MemoryTransport(server), 'short', opts)).toEqual({
      ok: false,
      error: 'passphraseTooShort',
    })
    expect(server.files.size).toBe(0)
    const first = await connect(new MemoryTransport(server), '两台电脑共用的口令', opts)
    expect(first).toMatchObject({ ok: true, created: true, recoveryKey: expect.any(String) })
    const second = await connect(new MemoryTransport(server), '两台电脑共用的口令', opts)
    expect(second).toMatchObject({ ok: true, created: false })
    expect(second.ok && first.ok && second.dataKey).toEqual(first.ok && first.dataKey)
    expect('recoveryKey' in second).toBe(false)
  })

  it('the recovery key sets a new passphrase; a wrong one changes nothing', async () => {
    const server = new MemoryServer()
    const first = await connect(new MemoryTransport(server), 'forgotten passphrase', opts)
    if (!first.ok) throw new Error(first.error)
    const before = server.files.get(KEY_FILE)!.slice()
    const wrong = await recover(
      new MemoryTransport(server),
      'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
      'a new passphrase',
      opts,
    )
    expect(wrong).toEqual({ ok: false, error: 'wrongRecoveryKey' })
    expect(server.files.get(KEY_FILE)).toEqual(before)

    const r = await recover(
      new MemoryTransport(server),
      first.recoveryKey!,
      'a new passphrase',
      opts,
    )
    expect(r).toMatchObject({ ok: true, keyId: first.keyId, dataKey: first.dataKey })
    expect((await connect(new MemoryTransport(server), 'a new passphrase', opts)).ok).toBe(true)
    expect(await connect(new MemoryTransport(server), 'forgotten passphrase', opts)).toEqual({
      ok: false,
      error: 'wrongPassphrase',
    })
  })

  it('two devices setting up at once end with one key: the file written last', async () => {
    const server = new MemoryServer()
    const a = new MemoryTransport(server)
    const b = new MemoryTransport(server)
    // B writes its key between A's write and A's read-back.
    const write = a.write.bind(a)
    a.write = async (path, bytes) => {
      await write(path, bytes)
      await connect(b, 'the same passphrase', opts)
    }
    const ra = await connect(a, 'the same passphrase', opts)
    const rb = await connect(new MemoryTransport(server), 'the same passphrase', opts)
    expect(ra.ok && rb.ok && ra.keyId).toBe(rb.ok && rb.keyId)
  })
})
