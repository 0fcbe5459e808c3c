import { describe, expect, it } from 'vitest'
import {
  folderUrl,
  isJianguoyunRoot,
  parsePropfind,
  webdavTransport,
  type HttpRequest,
} from '../../../../src/shared/sync/webdav'

// A Nextcloud-style answer: lower-case prefix, percent-encoded Chinese folder name, a file with
// a weak ETag and a device folder.
const XML = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">
 <d:response><d:href>/remote.php/dav/files/u/%E6%B2%AA%E5%98%89%E9%80%9A/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/u/%E6%B2%AA%E5%98%89%E9%80%9A/hujia-keys.json</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>712</d:getcontentlength>
   <d:getlastmodified>Sun, 06 Dec 2026 08:00:00 GMT</d:getlastmodified><d:getetag>W/"2c8-5f"</d:getetag></d:prop>
   <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/remote.php/dav/files/u/%E6%B2%AA%E5%98%89%E9%80%9A/0123456789abcdef/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>
</d:multistatus>`

describe('WebDAV', () => {
  it('reads a PROPFIND answer without the folder itself', () => {
    expect(parsePropfind(XML, '/remote.php/dav/files/u/%E6%B2%AA%E5%98%89%E9%80%9A/')).toEqual([
      {
        name: 'hujia-keys.json',
        dir: false,
        size: 712,
        etag: 'W/"2c8-5f"',
        modified: Date.parse('2026-12-06T08:00:00Z'),
      },
      { name: '0123456789abcdef', dir: true, size: 0 },
    ])
  })

  it('takes only http(s) folder URLs without credentials in them, and knows 坚果云 needs a sub-folder', () => {
    expect(folderUrl('https://dav.jianguoyun.com/dav/沪嘉通')).toBe(
      'https://dav.jianguoyun.com/dav/%E6%B2%AA%E5%98%89%E9%80%9A/',
    )
    expect(folderUrl('file:///etc')).toBeNull()
    expect(folderUrl('https://user:pw@example.com/dav/')).toBeNull()
    expect(isJianguoyunRoot('https://dav.jianguoyun.com/dav/')).toBe(true)
    expect(isJianguoyunRoot('https://dav.jianguoyun.com/dav/HuJia/')).toBe(false)
  })

  it('sends Basic auth, asks for the rest of a file with Range, and never leaves the sync layout', async () => {
    const sent: HttpRequest[] = []
    const t = webdavTransport(
      { url: 'https://dav.example.com/dav/HuJia', username: '用户', password: 'app pw' },
      async (req) => {
        sent.push(req)
        return {
          status: 206,
          headers: { 'content-range': 'bytes 100-104/105' },
          body: new Uint8Array(5),
        }
      },
    )
    expect(await t.read('0123456789abcdef/log-2026-12.hjs', 100)).toEqual({
      bytes: new Uint8Array(5),
      from: 100,
    })
    expect(sent[0]).toMatchObject({
      method: 'GET',
      url: 'https://dav.example.com/dav/HuJia/0123456789abcdef/log-2026-12.hjs',
      headers: {
        Range: 'bytes=100-',
        Authorization: `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode('用户:app pw')))}`,
      },
    })
    await expect(t.read('../../etc/passwd')).rejects.toThrow(/not a sync path/)
  })
})
