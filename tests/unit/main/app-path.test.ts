import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { resolveAppPath } from '../../../src/main/app-path'

const root = '/opt/hujia/resources/app/out/renderer'

describe('resolveAppPath (the app:// path-traversal guard)', () => {
  it.each([
    ['app://hujia/', join(root, 'index.html')],
    ['app://hujia/index.html', join(root, 'index.html')],
    ['app://hujia/assets/index-abc.js', join(root, 'assets/index-abc.js')],
    ['app://hujia/assets/%E5%98%89.png', join(root, 'assets/嘉.png')],
    ['app://hujia/index.html?x=1#/trips', join(root, 'index.html')],
  ])('serves %s', (url, file) => {
    expect(resolveAppPath(root, url)).toBe(file)
  })

  it.each(['app://hujia/../../etc/passwd', 'app://hujia/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser resolves the dots first)',
    (url) => {
      expect(resolveAppPath(root, url)).toBe(join(root, 'etc/passwd'))
    },
  )

  it.each([
    'app://hujia/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://hujia/assets/..%2f..%2fsecret',
    'app://hujia/..%5C..%5Cwindows%5Cwin.ini',
    'app://hujia/assets/%00.js',
    'app://hujia/%E0%A4%A',
    'app://other/index.html',
    'https://hujia/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull()
  })
})
