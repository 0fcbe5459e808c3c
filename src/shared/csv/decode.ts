// Text from a file a user picked. Chinese Excel saves "CSV" in GBK and "CSV UTF-8" with a BOM;
// "Unicode text" is UTF-16 with a BOM. Strict UTF-8 decoding fails on GBK bytes, which is how
// GBK is told apart (valid GBK that is also valid UTF-8 is vanishingly rare for Chinese text).

export type TextEncodingName = 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  bom: boolean
}

export const UTF8_BOM = '\uFEFF'

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      bom: true,
    }
  if (startsWith(bytes, [0xff, 0xfe]))
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    }
  if (startsWith(bytes, [0xfe, 0xff]))
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
    }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    }
  } catch {
    // GB18030 is GBK's superset (Alipay exports use it); browsers decode both labels alike, Node
    // only decodes the four-byte sequences under this one.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk', bom: false }
  }
}
