/**
 * Preloaded into a CLI run (`node --import <this file> scripts/openapi-clients.mjs …`)
 * to give it the file-system conditions a test cannot make for real as
 * root on a shared machine: a read-only folder, a full disk. Configured by
 * environment variables, so it also applies in the build worker:
 *
 * - FS_FAULT=<CODE>:<syscall>:<path substring> — that call on a matching
 *   path fails with that errno, as Node's own error (code, syscall, path).
 *   Syscalls: open (for writing, writeFileSync included), mkdir, mkdtemp, rename.
 * - FS_PAUSE_AFTER_RENAME=<substring> — after a rename whose destination
 *   matches, print "paused after rename" on stderr and block the thread (no
 *   signal handler can run: only SIGKILL ends it), for a minute.
 * - FS_OPEN_LOG=<file> — append every path opened to that file.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { constants as osConstants } from 'node:os';

const MEANINGS = {
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EDQUOT: 'disk quota exceeded',
  EIO: 'i/o error',
};

const [faultCode, faultSyscall, ...faultPath] = (process.env.FS_FAULT ?? '').split(':');
const faultPathPart = faultPath.join(':');

function fault(syscall, path) {
  if (!faultCode || syscall !== faultSyscall || !String(path).includes(faultPathPart)) return;
  const error = new Error(`${faultCode}: ${MEANINGS[faultCode] ?? 'injected'}, ${syscall} '${path}'`);
  throw Object.assign(error, { errno: -(osConstants.errno[faultCode] ?? 1), code: faultCode, syscall, path: String(path) });
}

const writing = (flags) => typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;

const original = { openSync: fs.openSync, writeFileSync: fs.writeFileSync, mkdirSync: fs.mkdirSync, mkdtempSync: fs.mkdtempSync, renameSync: fs.renameSync };
const openLog = process.env.FS_OPEN_LOG ? original.openSync(process.env.FS_OPEN_LOG, 'a') : undefined;

fs.openSync = function openSync(path, flags, ...rest) {
  if (openLog !== undefined) fs.writeSync(openLog, `${path}\n`);
  if (writing(flags)) fault('open', path);
  return original.openSync.call(this, path, flags, ...rest);
};
// Node 20 writes a UTF-8 string without fs.openSync: fault it here as the open it does.
fs.writeFileSync = function writeFileSync(path, ...rest) {
  if (typeof path !== 'number') fault('open', path);
  return original.writeFileSync.call(this, path, ...rest);
};
fs.mkdirSync = function mkdirSync(path, ...rest) {
  fault('mkdir', path);
  return original.mkdirSync.call(this, path, ...rest);
};
fs.mkdtempSync = function mkdtempSync(prefix, ...rest) {
  fault('mkdtemp', prefix);
  return original.mkdtempSync.call(this, prefix, ...rest);
};
fs.renameSync = function renameSync(from, to) {
  fault('rename', from);
  original.renameSync.call(this, from, to);
  const pauseAfter = process.env.FS_PAUSE_AFTER_RENAME;
  if (pauseAfter && String(to).includes(pauseAfter)) {
    fs.writeSync(2, 'paused after rename\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  }
};
syncBuiltinESMExports();
