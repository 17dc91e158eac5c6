import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';

// Temporary files not yet renamed into place, so that an interrupted run can remove them.
const pending = new Set<string>();

export function trackPending(temp: string): void {
  pending.add(temp);
}

export function forgetPending(temp: string): void {
  pending.delete(temp);
}

export function tempPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
}

/**
 * Makes a folder and the folders above it, one at a time. Node's recursive mkdir never returns
 * for a path under /proc (it takes ENOENT from the kernel as a parent to make, and tries again):
 * one level at a time, each failure is an answer.
 */
export async function makeFolder(folder: string): Promise<void> {
  const target = path.resolve(folder);
  const missing: string[] = [];
  for (let at = target; ; at = path.dirname(at)) {
    const found = await stat(at).catch(() => undefined);
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  for (const dir of missing) {
    try {
      await mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Writes several files so that readers see the old set or the new one: every text goes to a
 * temporary file beside its target first, and only when all are written are they renamed over
 * the targets. If anything fails, the temporary files are removed and the old files stay.
 */
export async function writeAllAtomic(files: ReadonlyArray<{ target: string; content: string }>): Promise<void> {
  const temps = files.map((f) => ({ ...f, temp: tempPath(f.target) }));
  try {
    for (const f of temps) {
      await makeFolder(path.dirname(f.target));
      pending.add(f.temp);
      await writeFile(f.temp, f.content, 'utf8');
    }
    for (const f of temps) {
      await rename(f.temp, f.target);
      pending.delete(f.temp);
    }
  } catch (error) {
    await Promise.all(temps.map((f) => rm(f.temp, { force: true })));
    for (const f of temps) pending.delete(f.temp);
    throw error;
  }
}

export async function writeAtomic(target: string, content: string): Promise<void> {
  await writeAllAtomic([{ target, content }]);
}

/** Removes temporary files of writes still under way; for signal handlers, so it is synchronous. */
export function removePendingWrites(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}
