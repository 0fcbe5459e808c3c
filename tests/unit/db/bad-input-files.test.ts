// The committed bad-input files are exactly what tests/fixtures/bad-input/corpus.ts builds, so the
// corpus follows the builders and the backup format. WRITE_CORPUS=1 rewrites them (gbk.csv through
// the system's iconv, as Chinese Excel would save it).
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusFiles } from '../../fixtures/bad-input/corpus'

const DIR = join(__dirname, '../../fixtures/bad-input')

describe('the bad-input files', async () => {
  const files = await corpusFiles()
  if (process.env['WRITE_CORPUS'] === '1') {
    for (const [name, content] of Object.entries(files)) {
      const bytes =
        typeof content === 'string' || content instanceof Uint8Array
          ? content
          : execFileSync('iconv', ['-f', 'utf-8', '-t', 'gbk'], { input: content.gbk })
      writeFileSync(join(DIR, name), bytes)
    }
  }

  it.each(Object.keys(files))('%s is what corpus.ts builds', (name) => {
    const content = files[name]!
    const bytes = readFileSync(join(DIR, name))
    if (typeof content === 'string') expect(bytes.toString('utf8')).toBe(content)
    else if (content instanceof Uint8Array)
      expect(new Uint8Array(bytes)).toEqual(new Uint8Array(content))
    else expect(new TextDecoder('gbk').decode(bytes)).toBe(content.gbk)
  })
})
