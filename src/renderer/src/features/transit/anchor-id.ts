// The DOM id of a transit record's element, for search results and in-page links.
export function anchorId(kind: string, id: string): string {
  return `transit-${kind}-${id}`
}
