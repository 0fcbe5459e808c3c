// An .eml file as the text a person reads: postal-mime undoes the transfer encodings real mail uses
// (quoted-printable, base64) and the charsets (GBK, GB18030, UTF-8); an HTML-only body is reduced
// to its text, one line per block.
import PostalMime from 'postal-mime'

export function looksLikeMail(text: string): boolean {
  const head = text.slice(0, 4000)
  return (
    /^(mime-version|content-type|received|from|return-path|subject|date|message-id|to)\s*:/im.test(
      head,
    ) && /^content-type\s*:/im.test(head)
  )
}

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
}

/** The readable body of a message; null when it cannot be parsed as one. */
export async function mailText(bytes: Uint8Array): Promise<string | null> {
  try {
    const mail = await PostalMime.parse(bytes.slice().buffer)
    const text = mail.text ?? ''
    if (text.trim() !== '') return text
    return mail.html ? htmlToText(mail.html) : null
  } catch {
    return null
  }
}
