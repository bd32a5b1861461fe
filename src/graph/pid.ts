// Whether a process still exists, for the locks and markers that record a pid (the load lock, launcher folder marks).

/** Whether a process with that pid exists (signal 0 probes without touching it); another user's process (EPERM) counts as
 *  existing, the safe reading for a lock or a mark: never take over or delete what may still be in use. */
export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
