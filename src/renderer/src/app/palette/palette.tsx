// The command palette: every screen and every registered action, filtered as you type (hanzi,
// pinyin, initials or English, in any language the app speaks), run with Enter.
import { useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { buildSearchIndex, search } from '@shared/search'
import { formatShortcut, runCommand, useCommandList, type Command } from '@renderer/app/commands'
import { Modal } from '@renderer/ui/modal'
import { useLanguageLoaded } from '@renderer/app/i18n'

export default function CommandPalette({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('palette')
  const commands = useCommandList()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)

  // Screens first, then actions; each command is found by its label in both languages and its id.
  const ordered = useMemo(
    () => [...commands].sort((a, b) => (a.group === b.group ? 0 : a.group === 'screen' ? -1 : 1)),
    [commands],
  )
  const other = i18n.language === 'en' ? 'zh-CN' : 'en'
  const otherLoaded = useLanguageLoaded(other)
  const index = useMemo(
    () =>
      buildSearchIndex(
        ordered.map((c) => ({
          id: c.id,
          names: [t(c.label), ...(otherLoaded ? [i18n.getFixedT(other)(c.label)] : []), c.id],
        })),
      ),
    [ordered, t, i18n, other, otherLoaded],
  )
  const results: Command[] = useMemo(
    () => search(index, query).map((hit) => ordered[hit.docIndex]!),
    [index, query, ordered],
  )
  const current = Math.min(active, Math.max(results.length - 1, 0))

  const run = (c: Command | undefined) => {
    if (!c) return
    onClose()
    runCommand(c.id)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(results.length, 1))
    else if (e.key === 'ArrowUp')
      setActive((current - 1 + results.length) % Math.max(results.length, 1))
    else if (e.key === 'Home') setActive(0)
    else if (e.key === 'End') setActive(Math.max(results.length - 1, 0))
    else if (e.key === 'Enter') run(results[current])
    else return
    e.preventDefault()
  }

  const optionId = (i: number) => `palette-option-${i}`
  return (
    <Modal
      title={t('commands.title')}
      onClose={onClose}
      className="palette"
      hideTitle
      testId="palette"
    >
      <input
        type="text"
        role="combobox"
        aria-label={t('commands.label')}
        aria-expanded="true"
        aria-controls="palette-list"
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
        placeholder={t('commands.placeholder')}
        className="palette-input"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id="palette-list"
        role="listbox"
        aria-label={t('commands.title')}
        className="palette-list"
      >
        {results.map((c, i) => (
          <li
            key={c.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="palette-option"
            onMouseMove={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span className="palette-group">{t(`commands.${c.group}`)}</span>
            <span className="palette-label">{t(c.label)}</span>
            {c.shortcuts?.[0] && <kbd>{formatShortcut(c.shortcuts[0])}</kbd>}
          </li>
        ))}
      </ul>
      {results.length === 0 && (
        <p className="muted" role="status">
          {t('commands.noMatch', { query })}
        </p>
      )}
      <p className="muted palette-hint">{t('commands.hint')}</p>
    </Modal>
  )
}
