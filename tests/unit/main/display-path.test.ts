import { describe, expect, it } from 'vitest'
import { displayPath } from '../../../src/main/display-path'

describe('the data folder as shown to the page', () => {
  it('writes the home folder as ~ on Linux and macOS', () => {
    expect(displayPath('/home/li/.config/HuJia Commute 沪嘉通', '/home/li', 'linux')).toBe(
      '~/.config/HuJia Commute 沪嘉通',
    )
    expect(
      displayPath(
        '/Users/li/Library/Application Support/HuJia Commute 沪嘉通',
        '/Users/li',
        'darwin',
      ),
    ).toBe('~/Library/Application Support/HuJia Commute 沪嘉通')
  })

  it('writes it as %USERPROFILE% on Windows, which Explorer understands', () => {
    expect(
      displayPath(
        'C:\\Users\\li\\AppData\\Roaming\\HuJia Commute 沪嘉通',
        'C:\\Users\\li',
        'win32',
      ),
    ).toBe('%USERPROFILE%\\AppData\\Roaming\\HuJia Commute 沪嘉通')
  })

  it('leaves a folder outside the home folder as it is', () => {
    expect(displayPath('/srv/hujia', '/home/li', 'linux')).toBe('/srv/hujia')
    expect(displayPath('/home/lili/data', '/home/li', 'linux')).toBe('/home/lili/data')
    expect(displayPath('D:\\HuJia', 'C:\\Users\\li', 'win32')).toBe('D:\\HuJia')
  })
})
