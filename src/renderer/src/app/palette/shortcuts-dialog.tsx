import { useTranslation } from 'react-i18next'
import { formatShortcut, useCommandList } from '@renderer/app/commands'
import { Modal } from '@renderer/ui/modal'

/** Every registered shortcut, read from the command registry, so the list cannot go stale. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('palette')
  const withKeys = useCommandList().filter((c) => (c.shortcuts?.length ?? 0) > 0)
  return (
    <Modal title={t('shortcuts.title')} onClose={onClose} testId="shortcuts-dialog">
      <p className="muted">{t('shortcuts.intro')}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {withKeys.map((c) => (
            <tr key={c.id}>
              <td>
                {c.shortcuts!.map((s, i) => (
                  <span key={s}>
                    {i > 0 && ' / '}
                    <kbd>{formatShortcut(s)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(c.label)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{t('shortcuts.escape')}</td>
          </tr>
          <tr>
            <td>
              <kbd>Tab</kbd> / <kbd>Shift+Tab</kbd>
            </td>
            <td>{t('shortcuts.tab')}</td>
          </tr>
        </tbody>
      </table>
    </Modal>
  )
}
