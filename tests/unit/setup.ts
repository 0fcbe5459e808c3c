// Real IndexedDB semantics in node for the db layer; each test file gets a fresh in-memory store.
import 'fake-indexeddb/auto'
