// Names the operating system knows the app by. Changing either moves users' data or splits their
// taskbar entries, so tests/unit/main/packaging.test.ts ties them to electron-builder.yml and
// package.json.

/** electron-builder's appId; also the Windows AppUserModelID (notifications, taskbar). */
export const APP_ID = 'cn.hujia.commute'

/**
 * The data folder's name under the OS's app-data folder: package.json's productName, which is
 * what Electron has always named it (app.getName()). Set explicitly so that a rename of the
 * product can never move IndexedDB and the backups away from existing users.
 */
export const DATA_FOLDER_NAME = 'HuJia Commute 沪嘉通'
