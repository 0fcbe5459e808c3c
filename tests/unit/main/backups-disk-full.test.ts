// A full disk while a backup is written: the write fails cleanly (no temp file keeps the disk
// full), every older backup stays byte for byte, the next write works once there is room, and a
// daily whose monthly copy fails is still a written daily. Two ways: a real 1 MiB tmpfs where this
// process may mount one (root on Linux), and always a write error injected into node:fs.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, statfs } from 'node:fs/promises'
import * as realFs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyTables, backupFile as makeText, tripNo as trip } from '../../fixtures/builders'

/** Which writes fail: temp files whose name contains `tempName`, and/or every hard link. */
const inject = vi.hoisted(() => ({ tempName: null as string | null, link: false }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof realFs>()
  const enospc = () =>
    Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
  const open: typeof real.open = async (path, flags, mode) => {
    const fh = await real.open(path, flags, mode)
    if (inject.tempName && String(path).includes(inject.tempName)) {
      // Half the text reaches the disk, then the disk is full.
      fh.writeFile = async (data) => {
        await real.appendFile(path, String(data).slice(0, 1000))
        throw enospc()
      }
    }
    return fh
  }
  const link: typeof real.link = async (from, to) => {
    if (inject.link) throw enospc()
    return real.link(from, to)
  }
  return { ...real, default: { ...real, open, link }, open, link }
})

const { writeBackup } = await import('../../../src/main/backups')

const day = (n: number) => new Date(2025, 0, 1 + n, 12)
const doc = (n: number, notes = 1) =>
  makeText({
    ...emptyTables(),
    trips: Array.from({ length: notes }, (_, i) =>
      trip(n * 1000 + i + 1, { note: '通勤记录'.repeat(40) }),
    ),
  })

describe('a full disk (injected write error)', () => {
  let dir: string
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'hujia-enospc-')), 'backups')
  })
  afterEach(() => {
    inject.tempName = null
    inject.link = false
  })

  it('fails the write, keeps the older backup byte for byte and leaves no temp file', async () => {
    const first = await doc(1)
    await writeBackup(dir, first, 'daily', day(0))
    inject.tempName = 'hujia-daily-2025-01-02'
    await expect(writeBackup(dir, await doc(2), 'daily', day(1))).rejects.toThrow(/ENOSPC/)
    expect((await readdir(dir)).sort()).toEqual([
      'hujia-daily-2025-01-01.json',
      'hujia-monthly-2025-01.json',
    ])
    expect(await readFile(join(dir, 'hujia-daily-2025-01-01.json'), 'utf8')).toBe(first)
    inject.tempName = null
    expect((await writeBackup(dir, await doc(2), 'daily', day(1))).status).toBe('written')
  })

  it('still reports the daily as written when only its monthly copy fails', async () => {
    inject.link = true
    inject.tempName = 'hujia-monthly-'
    const r = await writeBackup(dir, await doc(1), 'daily', day(0))
    expect(r).toMatchObject({
      status: 'written',
      name: 'hujia-daily-2025-01-01.json',
      monthlyFailed: true,
    })
    expect(await readdir(dir)).toEqual(['hujia-daily-2025-01-01.json'])
    // The next day's daily makes the month's backup once there is room.
    inject.link = false
    inject.tempName = null
    await writeBackup(dir, await doc(2), 'daily', day(1))
    expect((await readdir(dir)).sort()).toContain('hujia-monthly-2025-01.json')
  })
})

/** Mounts a 1 MiB tmpfs, or says why it cannot. */
function mountTmpfs(at: string): string | null {
  if (process.platform !== 'linux') return `tmpfs needs Linux (this is ${process.platform})`
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', at], {
      stdio: 'pipe',
    })
    return null
  } catch (e) {
    return `cannot mount a tmpfs here (${String((e as Error).message).split('\n')[0]})`
  }
}

const mountPoint = await mkdtemp(join(tmpdir(), 'hujia-tmpfs-'))
const cannotMount = mountTmpfs(mountPoint)
if (cannotMount) {
  console.log(`backups on a real full disk skipped: ${cannotMount}`)
  await rm(mountPoint, { recursive: true, force: true })
}

describe.skipIf(cannotMount !== null)('a full disk (a real 1 MiB tmpfs)', () => {
  const dir = join(mountPoint, 'backups')
  afterAll(async () => {
    execFileSync('umount', [mountPoint])
    await rm(mountPoint, { recursive: true, force: true })
  })

  it('fails cleanly when the disk fills, frees the space and keeps the older backup', async () => {
    const first = await doc(1, 700) // about 600 KB: fits once, not twice
    expect(Buffer.byteLength(first)).toBeGreaterThan(512 * 1024)
    expect((await writeBackup(dir, first, 'daily', day(0))).status).toBe('written')
    const free = async () => {
      const s = await statfs(mountPoint)
      return s.bavail * s.bsize
    }
    const freeBefore = await free()
    await expect(writeBackup(dir, await doc(2, 700), 'daily', day(1))).rejects.toThrow(/ENOSPC/)
    expect(await free()).toBe(freeBefore)
    expect((await readdir(dir)).sort()).toEqual([
      'hujia-daily-2025-01-01.json',
      'hujia-monthly-2025-01.json', // a hard link: no second copy on the disk
    ])
    expect(await readFile(join(dir, 'hujia-daily-2025-01-01.json'), 'utf8')).toBe(first)
    // A smaller backup fits in what is left.
    expect((await writeBackup(dir, await doc(3), 'daily', day(1))).status).toBe('written')
  })
})
