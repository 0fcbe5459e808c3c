import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '@shared/security/external-url'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.shine.cn/news/metro/2412260013/',
    'https://german.shanghai.gov.cn/ge-Transportation/20250402/d9f93f403a3e462b9f12e41e5c2f6c4f.html',
    'https://tidenews.com.cn/news.html?id=632221',
    'https://www.163.com/dy/article/KDPS3GS50514R9P4.html',
    'https://github.com/vsme/chinese-days',
    'https://zh.wikipedia-on-ipfs.org/wiki/上海公共交通卡',
  ])('allows the https source %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    ['plain http', 'http://www.shine.cn/news/metro/2105249476/'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['file', 'file:///etc/passwd'],
    ['app scheme', 'app://hujia/index.html'],
    ['custom protocol', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://evil.example/share'],
    ['unknown host', 'https://evil.example.com/'],
    ['allowlisted name as a subdomain', 'https://shine.cn.evil.example/'],
    ['lookalike suffix', 'https://evilshine.cn/'],
    ['credentials', 'https://user:pass@www.shine.cn/'],
    ['userinfo trick', 'https://www.shine.cn@evil.example/'],
    ['non-default port', 'https://www.shine.cn:8443/'],
    ['IPv4 literal', 'https://127.0.0.1/'],
    ['IPv6 literal', 'https://[::1]/'],
    ['not a URL', 'not a url'],
    ['empty', ''],
    ['too long', `https://www.shine.cn/${'a'.repeat(3000)}`],
    ['a number', 42],
    ['null', null],
    ['an object', { href: 'https://www.shine.cn/' }],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})
