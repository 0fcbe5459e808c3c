// The text of a PDF, page by page, with Mozilla's PDF.js (pdfjs-dist, its build for Node). Chromium
// writes CJK text as embedded CID fonts with ToUnicode maps in compressed streams: PDF.js reads
// them as a PDF reader does, which a few lines of our own parsing would not.
//
// Chromium's PDFs (Skia, with Noto CJK) map some ideographs to the Kangxi radical that shares
// their glyph (⽉ U+2F49 for 月 U+6708, ⾏ for 行): those are folded back (NFKC), and nothing else
// is changed. Radicals from the CJK Radicals Supplement block (⻔ for 门) have no such folding and
// stay as they are: a test should not look for text that contains them.
const KANGXI = /[\u2F00-\u2FDF]/g
export interface PdfPage {
  text: string
  /** Width and height in points (A4 is 595 × 842). */
  size: [number, number]
}

export async function pdfText(bytes: Uint8Array): Promise<PdfPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  try {
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const items = (await page.getTextContent()).items
      const text = items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('')
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      pages.push({
        text: text.replace(KANGXI, (c) => c.normalize('NFKC')),
        size: [Math.round(x1 - x0), Math.round(y1 - y0)],
      })
    }
    return pages
  } finally {
    await doc.destroy()
  }
}
