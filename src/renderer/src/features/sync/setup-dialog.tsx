// The setup screen: where to sync (坚果云, another WebDAV drive, or a folder), the account, and the
// encryption passphrase; or, for a forgotten passphrase, the recovery key and a new passphrase.
// Nothing is saved until the folder's key opens (or is created) with what was typed.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SyncPlatform, SyncTarget } from '@renderer/app/platform'
import { MIN_PASSPHRASE_LENGTH } from '@shared/sync/keys'
import { failureOf } from '@shared/sync/runner'
import { folderUrl, isJianguoyunRoot, JIANGUOYUN_DAV } from '@shared/sync/webdav'
import { Field } from '@renderer/ui/field'
import { Modal } from '@renderer/ui/modal'
import { setUp, setUpWithRecovery, type SetupResult } from './service'

type Kind = 'jianguoyun' | 'webdav' | 'folder'

/** A text input in the form grid (ui/Field), its help beneath it. */
function TextField(props: {
  id: string
  label: string
  value: string
  set: (v: string) => void
  secret?: boolean
  auto?: string
  help?: string
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.help}>
      {(control) => (
        <input
          {...control}
          type={props.secret ? 'password' : 'text'}
          autoComplete={props.auto ?? 'off'}
          spellCheck={false}
          value={props.value}
          onChange={(e) => props.set(e.target.value)}
        />
      )}
    </Field>
  )
}

export function SetupDialog(props: {
  sync: SyncPlatform
  onClose: () => void
  onDone: (recoveryKey?: string) => void
}) {
  const { t } = useTranslation('sync')
  const sync = props.sync
  const [kind, setKind] = useState<Kind>(sync.webdavAnyServer ? 'jianguoyun' : 'webdav')
  const [account, setAccount] = useState('')
  const [subfolder, setSubfolder] = useState('HuJia')
  const [url, setUrl] = useState('')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [folder, setFolder] = useState<SyncTarget | null>(null)
  const [recovering, setRecovering] = useState(false)
  const [recoveryKey, setRecoveryKey] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const webdavAccount = () =>
    kind === 'jianguoyun'
      ? {
          url: `${JIANGUOYUN_DAV}${subfolder.trim().replace(/^\/+|\/+$/g, '')}/`,
          username: account.trim(),
          password,
        }
      : { url: url.trim(), username: username.trim(), password }

  const check = (): string | null => {
    if (kind !== 'folder') {
      const a = webdavAccount()
      if (!a.url || !a.username || !a.password || (kind === 'jianguoyun' && !subfolder.trim()))
        return t('setup.missingFields')
      if (!folderUrl(a.url)) return t('setup.badUrl')
      if (isJianguoyunRoot(a.url)) return t('setup.jianguoyunRoot')
    } else if (!folder) return t('setup.chooseFolder')
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return t('setup.tooShort')
    if (passphrase !== repeat) return t('setup.mismatch')
    return null
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const problem = check()
    setError(problem)
    if (problem) return
    setBusy(true)
    try {
      const target = kind === 'folder' ? folder! : await sync.webdav(webdavAccount())
      const r: SetupResult = recovering
        ? await setUpWithRecovery(target, recoveryKey, passphrase)
        : await setUp(target, passphrase)
      if (r.ok) props.onDone(r.recoveryKey)
      else setError(t(`reason.${r.error}`, { status: '', minutes: '' }))
    } catch (e) {
      setError(t(`reason.${failureOf(e).reason}`, { status: '', minutes: '' }))
    } finally {
      setBusy(false)
    }
  }

  const choices: { id: Kind; disabled: boolean }[] = [
    { id: 'jianguoyun', disabled: !sync.webdavAnyServer },
    { id: 'webdav', disabled: false },
    { id: 'folder', disabled: !sync.canPickFolder },
  ]

  return (
    <Modal
      title={t('setup.title')}
      onClose={props.onClose}
      testId="sync-setup"
      className="sync-setup"
    >
      <form onSubmit={submit} noValidate>
        <fieldset className="sync-kinds">
          <legend>{t('setup.where')}</legend>
          {choices.map((c) => (
            <label key={c.id}>
              <input
                type="radio"
                name="sync-kind"
                value={c.id}
                checked={kind === c.id}
                disabled={c.disabled}
                onChange={() => setKind(c.id)}
              />{' '}
              {t(`setup.${c.id}`)}
            </label>
          ))}
        </fieldset>
        {!sync.webdavAnyServer && <p className="notice">{t('setup.browserNoJianguoyun')}</p>}
        {!sync.canPickFolder && kind === 'folder' && (
          <p className="warning">{t('setup.browserNoFolder')}</p>
        )}

        {kind === 'jianguoyun' && (
          <div className="form-grid">
            <TextField
              id="sync-account"
              label={t('setup.account')}
              value={account}
              set={setAccount}
              auto="username"
            />
            <TextField
              id="sync-app-password"
              label={t('setup.appPassword')}
              value={password}
              set={setPassword}
              secret
              help={t('setup.appPasswordHelp')}
            />
            <TextField
              id="sync-subfolder"
              label={t('setup.subfolder')}
              value={subfolder}
              set={setSubfolder}
              help={t('setup.subfolderHelp')}
            />
          </div>
        )}
        {kind === 'webdav' && (
          <div className="form-grid">
            <TextField
              id="sync-url"
              label={t('setup.url')}
              value={url}
              set={setUrl}
              help={t('setup.urlHelp')}
            />
            <TextField
              id="sync-username"
              label={t('setup.username')}
              value={username}
              set={setUsername}
              auto="username"
            />
            <TextField
              id="sync-password"
              label={t('setup.password')}
              value={password}
              set={setPassword}
              secret
            />
          </div>
        )}
        {kind === 'folder' && sync.canPickFolder && (
          <div>
            <p className="muted">{t('setup.folderHelp')}</p>
            <button
              type="button"
              onClick={async () => setFolder((await sync.pickFolder()) ?? folder)}
            >
              {t('setup.chooseFolder')}
            </button>{' '}
            {folder && folder.info.kind === 'folder' && (
              <span>{t('setup.folderChosen', { label: folder.info.label })}</span>
            )}
          </div>
        )}

        <div className="form-grid sync-passphrase">
          {recovering && (
            <TextField
              id="sync-recovery"
              label={t('setup.recoveryKey')}
              value={recoveryKey}
              set={setRecoveryKey}
            />
          )}
          <TextField
            id="sync-passphrase"
            label={t(recovering ? 'setup.newPassphrase' : 'setup.passphrase')}
            value={passphrase}
            set={setPassphrase}
            secret
            auto="new-password"
          />
          <TextField
            id="sync-passphrase-repeat"
            label={t('setup.passphraseRepeat')}
            value={repeat}
            set={setRepeat}
            secret
            auto="new-password"
            help={t('setup.passphraseHelp')}
          />
        </div>
        <p className="warning">{t('setup.lostWarning')}</p>
        {error && (
          <p className="field-error" role="alert" data-testid="sync-setup-error">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('setup.connecting') : t(recovering ? 'setup.recover' : 'setup.connect')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('setup.cancel')}
          </button>
          {!recovering && (
            <button type="button" className="link" onClick={() => setRecovering(true)}>
              {t('setup.forgot')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  )
}
