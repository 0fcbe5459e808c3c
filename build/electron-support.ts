// The Electron majors that get security fixes. Electron supports its newest three stable majors;
// tests/unit/main/packaging.test.ts fails when package-lock.json holds an older one. Update this
// list (and the date) when a new major is published: `npm view electron dist-tags`.
export const SUPPORTED_ELECTRON = {
  checkedOn: '2026-12-06',
  /** npm `latest` on that day. */
  latest: '45.6.1',
  /** Newest first: 45.0.0 was published 2026-10-21, 44.0.0 2026-08-25, 43.0.0 2026-07-01. */
  majors: [45, 44, 43],
} as const
