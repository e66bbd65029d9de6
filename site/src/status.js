// Words for the console's status line (an aria-live region, so each one
// is read out once when a run ends).
import { formatTime } from './console.js';

/** Describes how a run ended. */
export function describeExit(status, lastT, line) {
  const clock = `${formatTime(lastT)} s of virtual time`;
  const where = line !== null ? `, main.py line ${line}` : '';
  switch (status) {
    case 0:
      return `Finished · exit status 0 · ${clock}`;
    case 1:
      return `Uncaught exception${where} · exit status 1 · ${clock}`;
    case 3:
      return `Ended while idle forever · exit status 3 · ${clock}`;
    case 130:
      return `Ended by KeyboardInterrupt${where} · exit status 130 · ${clock}`;
    default:
      return `Exited · exit status ${status} · ${clock}`;
  }
}
